from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, i INT, j INT, ts TIMESTAMP, s STRING, dt DATE, n DECIMAL(5,3), d DOUBLE, m DECIMAL(38,10)").load(INPUT)
result = df.groupBy(expr("(NOT b) AS k1"), expr("try_divide((i - 100.0D), i) AS k2")).agg((F.max(F.nullif((lit(3) * col("i")), lit(-1))) - F.min(F.nullif((lit(3) * col("i")), lit(-1)))).alias("a1"), expr("sum(nullif(CASE WHEN b THEN n WHEN isnan(d) THEN m WHEN (j < 1) THEN n ELSE m END, -3.10)) AS a2"), F.count_if((col("m") < F.locate(" ", col("s")))).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
