from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("date_trunc('MONTH', nullif(((CAST(NULL AS TIMESTAMP) + INTERVAL 1 MONTH) + INTERVAL 36 HOURS), TIMESTAMP'2024-02-29 00:00:00')) AS c1"), F.unix_timestamp(col("ts").cast("date")).alias("c2"), (col("n").isNotNull() & (col("b") >= lit(False))).alias("c3"), expr("coalesce(CASE WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN ts WHEN (dt < DATE'2023-12-31') THEN CAST(NULL AS TIMESTAMP) ELSE ts END, TIMESTAMP'2024-02-29 00:00:00')").alias("c4"))
OUTPUT_MODE = "append"
