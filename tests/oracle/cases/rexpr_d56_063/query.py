from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN (i = 10) THEN -1 WHEN (s IN ('42')) THEN i WHEN b THEN -4 ELSE i END").alias("c1"), expr("nullif(ifnull(dt, DATE'2025-03-01'), DATE'2000-01-01') AS c2"), expr("(d + (id % 10)) AS c3"), F.pmod(col("id"), F.nullif(col("j"), lit(0))).alias("c4"))
OUTPUT_MODE = "append"
