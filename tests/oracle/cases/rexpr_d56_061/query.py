from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, s STRING, i INT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, j INT, m DECIMAL(18,6), k BIGINT").json(INPUT)
result = df.groupBy(F.extract(lit("DAY"), col("dt")).alias("k1"), "b").agg(F.sum(F.when(col("s").startswith("a"), F.regexp_count(F.format_number(lit(-1.5), 3), lit("o"))).otherwise(lit(0))).alias("a1"), F.sum(F.when((col("m") + col("m")).between(lit(-3.10).cast("decimal(3,2)"), expr("99.99")), lit(.001).cast("decimal(4,3)")).otherwise((lit(.5).cast("decimal(2,1)") * col("i")))).alias("a2"), (F.max(F.try_add(F.when((col("j") >= lit(0)), col("j")).when((col("j") >= lit(2)), col("j")).otherwise(col("j")), col("j"))) - F.min(F.try_add(F.when((col("j") >= lit(0)), col("j")).when((col("j") >= lit(2)), col("j")).otherwise(col("j")), col("j")))).alias("a3"), F.max(col("ts")).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("b").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
