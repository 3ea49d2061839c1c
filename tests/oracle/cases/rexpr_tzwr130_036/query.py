spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)")).withColumn("c2", F.format_string("[%5s|%-4d]", col("s"), col("i"))).select("id", "c1", "c2").where("(i <> 10)")
OUTPUT_MODE = "append"
