from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.length(col("s")).alias("k1")).agg(expr("max((m * m * m * m * m)) AS a5"), F.count(col("s")).alias("a1"), (F.max((col("d") / F.nullif(F.size(F.split(col("s"), ",")), lit(0)))) - F.min((col("d") / F.nullif(F.size(F.split(col("s"), ",")), lit(0))))).alias("a2"), F.count(F.nullif(F.when((col("n") < expr("1.25")), lit(1000).cast("bigint")).otherwise(col("id")), lit(1000).cast("bigint"))).alias("a3"), F.min(col("n")).alias("a4")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
