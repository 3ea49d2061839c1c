from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("locate(' ', s) AS k1")).agg(F.bool_or(col("id").isNotNull()).alias("a1"), F.bool_or((col("t") == lit("a"))).alias("a2"), expr("(max(d) - min(d)) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
