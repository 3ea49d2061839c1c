from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, t STRING, ts TIMESTAMP, dt DATE, i INT, m DECIMAL(10,2), s STRING, d DOUBLE, b BOOLEAN").load(INPUT)
result = df.where("(j <> 3)").groupBy(F.dayofmonth(col("ts")).alias("k1")).agg(expr("avg((octet_length(s) * greatest(m, m))) AS a1"), F.sum(F.when((col("b") & col("d").isNotNull()), col("m")).otherwise(lit(0))).alias("a2"), F.min(col("m")).alias("a3"), (F.max(F.find_in_set(lit("b"), F.md5(col("t")))) - F.min(F.find_in_set(lit("b"), F.md5(col("t"))))).alias("a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
