spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.find_in_set(lit("b"), col("s")).alias("k1")).agg(expr("(max(signum(CASE WHEN b THEN d WHEN b THEN d ELSE d END)) - min(signum(CASE WHEN b THEN d WHEN b THEN d ELSE d END))) AS a1"), expr("round(avg(try_add(i, 1)), 2) AS a2"), F.bool_and((F.round(col("m")) != col("i"))).alias("a3"), F.min(F.when((col("d") == lit(-1.5)), col("ts")).when((col("t") != lit("日本")), col("ts")).when(col("b"), col("ts")).otherwise(col("ts"))).alias("a4")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
