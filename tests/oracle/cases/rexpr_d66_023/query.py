from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), i INT, t STRING, d DOUBLE, s STRING, dt DATE, m DECIMAL(38,10), ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(id < d) AS k1")).agg(expr("avg(year(dt)) AS a1"), (F.max(F.ascii(col("t"))) - F.min(F.ascii(col("t")))).alias("a2"), F.sum(F.when(F.when((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))), ((col("t") < lit("")) & (col("m") < expr("100BD")))).otherwise((col("id") >= lit(86400).cast("bigint"))), lit(5)).otherwise(lit(0))).alias("a3")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
