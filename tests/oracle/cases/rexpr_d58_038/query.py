from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("id").cast("boolean") | col("i").isNotNull())).select(expr("CASE WHEN b THEN ts WHEN (id <= 86400L) THEN CASE WHEN (n IS NOT NULL) THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END WHEN b THEN nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') ELSE nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456') END").alias("c1"), (lit(1.25).cast("decimal(3,2)") * col("n")).alias("c2")).where("(isnull(nullif(c1, TIMESTAMP'2024-02-29 00:00:00')) OR (c2 <= 100BD))")
OUTPUT_MODE = "append"
