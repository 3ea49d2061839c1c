spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("CAST((100.0D >= id) AS STRING) AS k1"), expr("('1e2' * CAST(CASE WHEN (dt < DATE'2025-03-01') THEN n WHEN (s <> 'o') THEN n WHEN b THEN m ELSE m END AS DOUBLE))").alias("k2")).agg((F.max(F.when(col("d").between(lit(0.1), lit(-1.5)), col("i")).when(col("i").cast("boolean"), col("i")).otherwise(lit(3))) - F.min(F.when(col("d").between(lit(0.1), lit(-1.5)), col("i")).when(col("i").cast("boolean"), col("i")).otherwise(lit(3)))).alias("a1"), F.count_if((col("id") * lit(5)).cast("boolean")).alias("a2"), (F.max((col("m") + F.when((col("j") <= lit(2)), col("m")).when((col("i") < lit(0)), col("n")).otherwise(col("m")))) - F.min((col("m") + F.when((col("j") <= lit(2)), col("m")).when((col("i") < lit(0)), col("n")).otherwise(col("m"))))).alias("a3")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
