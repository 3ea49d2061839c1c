spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, s STRING, dt DATE, b BOOLEAN, f FLOAT, ts TIMESTAMP, m DECIMAL(12,4), j INT, d DOUBLE").load(INPUT)
result = df.withColumn("c1", F.add_months(col("dt"), col("i"))).withColumn("s", expr("CAST(TIMESTAMP'2024-02-29 00:00:00' AS STRING)")).withColumn("c3", expr("CASE WHEN (s IS NOT NULL) THEN m ELSE pmod(m, nullif(m, 0)) END")).withColumn("c4", F.when(col("b"), lit(1)).otherwise(lit(1))).select("id", "c1", "c3", "c4")
OUTPUT_MODE = "append"
