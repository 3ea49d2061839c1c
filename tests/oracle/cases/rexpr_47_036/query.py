from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, s STRING, m DECIMAL(12,4), t STRING, ts TIMESTAMP, dt DATE, n DECIMAL(5,3), k BIGINT, b BOOLEAN, d DOUBLE").load(INPUT)
result = df.groupBy(expr("instr(concat(s, t, 'x-y'), '') AS k1")).agg((F.max(F.sqrt(F.when(col("b"), col("d")).when((col("k") == lit(0).cast("bigint")), lit(-1.5)).otherwise(col("d")))) - F.min(F.sqrt(F.when(col("b"), col("d")).when((col("k") == lit(0).cast("bigint")), lit(-1.5)).otherwise(col("d"))))).alias("a1"), expr("datediff(max((dt + INTERVAL -10 DAYS)), min((dt + INTERVAL -10 DAYS))) AS a2"), (F.max((col("i") / F.nullif(lit(-1.5), lit(0)))) - F.min((col("i") / F.nullif(lit(-1.5), lit(0))))).alias("a3")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
