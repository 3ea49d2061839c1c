spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN b THEN repeat(s, 1) ELSE s END")).withColumn("n", F.round((col("m") * col("m")), 0)).withColumn("c3", (col("dt") - expr("INTERVAL '1-1' YEAR TO MONTH"))).withColumn("c4", F.add_months(col("c3"), col("i"))).drop("j", "k", "d", "m", "dt", "ts")
OUTPUT_MODE = "append"
