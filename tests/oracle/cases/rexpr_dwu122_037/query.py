from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s", F.coalesce((col("k") == lit(1).cast("bigint")), lit(True)).alias("k2")).agg(F.count(F.coalesce(col("b"), (col("id") <= lit(1000).cast("bigint")), lit(True))).alias("a1"), F.round(F.avg((col("m") * col("n"))), 2).alias("a2"), expr("(max(d) - min(d)) AS a3"), expr("(max(locate('o', CAST(timestamp_add('MONTH', i, to_date('2025-03-01')) AS STRING))) - min(locate('o', CAST(timestamp_add('MONTH', i, to_date('2025-03-01')) AS STRING)))) AS a4"))
OUTPUT_MODE = "update"
