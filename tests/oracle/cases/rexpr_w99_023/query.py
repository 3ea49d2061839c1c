from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("mask(t) AS k1"), "t").agg(F.min(F.nvl2(col("dt").cast("timestamp"), F.sqrt(lit(1)), lit(100.0))).alias("a1"), F.count_if(F.isnan(col("d"))).alias("a2"), F.min(F.when(col("b"), col("ts")).otherwise(col("ts"))).alias("a3"), expr("(max((CASE WHEN b THEN m WHEN b THEN -3.10 WHEN b THEN m END / nullif(1, 0))) - min((CASE WHEN b THEN m WHEN b THEN -3.10 WHEN b THEN m END / nullif(1, 0)))) AS a4"))
OUTPUT_MODE = "update"
