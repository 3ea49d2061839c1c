from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("n").isin(expr("0.5"), lit(-3.10).cast("decimal(3,2)")) | (col("id") != lit(0).cast("bigint")))).select(expr("(coalesce(CASE WHEN (ts < TIMESTAMP'2024-02-29 00:00:00') THEN ts WHEN (id IS NOT NULL) THEN TIMESTAMP'2024-02-29 00:00:00' ELSE ts END, TIMESTAMP'2024-02-29 00:00:00') + INTERVAL 1 DAY) AS c1"), expr("concat_ws('-', t, 'a')").alias("c2"), F.nullif(col("t"), lit("o")).alias("c3"), (col("ts") + expr("INTERVAL 1 MONTH")).alias("c4"))
OUTPUT_MODE = "append"
