from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((99.99 BETWEEN -3.10 AND 0.5) OR (s IS NOT NULL))").groupBy(F.make_date(lit(2024), lit(2), lit(1)).alias("k1")).agg(F.sort_array(F.collect_set(col("i"))).alias("a1"), F.count_if(F.when(col("n").isNotNull(), (col("j") > lit(-1))).when(F.coalesce(col("s"), col("s"), lit("")).rlike("^[A-Z]"), col("j").between(lit(1), lit(10))).when(col("m").isNotNull(), F.when((col("i") <= lit(0)), col("s")).when((col("id") >= lit(3).cast("bigint")), col("s")).when(col("id").isNotNull(), col("s")).otherwise(col("s")).like("H%")).otherwise((col("dt") != col("ts")))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
