spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), ts TIMESTAMP, b BOOLEAN, i INT, j INT, dt DATE, d DOUBLE, t STRING, s STRING").load(INPUT)
result = df.withColumn("c1", (col("i").cast("timestamp") - expr("INTERVAL -3 DAYS"))).withColumn("c2", expr("floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)")).drop("m", "i", "j", "d", "t")
OUTPUT_MODE = "append"
