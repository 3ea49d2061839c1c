from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((s < 'Hello') OR (ts <> TIMESTAMP'2024-02-29 00:00:00'))").groupBy(((col("m") < expr("100BD")) | col("i").isNotNull()).alias("k1")).agg(expr("count(s) AS a1"), (F.max(col("m")) - F.min(col("m"))).alias("a2"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a3"), F.count_if((col("t") == lit("42"))).alias("a4"))
OUTPUT_MODE = "update"
