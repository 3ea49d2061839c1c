from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(m IS NOT NULL) AS k1")).agg(expr("count(d) AS a1"), (F.max(((expr("1.25") - (col("m") + col("n"))) / lit(7))) - F.min(((expr("1.25") - (col("m") + col("n"))) / lit(7)))).alias("a2"), F.sum(F.when((col("id") != lit(1000).cast("bigint")), col("n")).otherwise(lit(0))).alias("a3"), F.count(col("i")).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
