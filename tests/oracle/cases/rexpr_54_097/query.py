from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("('abc' IS NULL)"), expr("CASE WHEN (dt >= DATE'2023-12-31') THEN date_trunc('MINUTE', TIMESTAMP'2024-03-01 12:30:00.123456') WHEN (n IS NOT NULL) THEN ts ELSE nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') END AS c2")).where(F.coalesce(((col("m") >= lit(1.25).cast("decimal(3,2)")) | lit(True)), lit(True)))
OUTPUT_MODE = "append"
