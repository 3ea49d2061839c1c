from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("nullif(((to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') - INTERVAL 1 DAY) - INTERVAL 36 HOURS), TIMESTAMP'2024-03-01 12:30:00.123456')").alias("c1"), expr("sha2(trim(string((b OR b))), 0) AS c2"), (col("id") % F.nullif(col("j"), lit(0))).alias("c3"), F.nullif(col("i"), lit(-1)).alias("c4"), expr("months_between(TIMESTAMP'2024-02-29 00:00:00', DATE'2000-01-01', false) AS c5")).filter((col("k") == lit(0).cast("bigint")))
OUTPUT_MODE = "append"
