from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg((F.max(F.second(col("ts"))) - F.min(F.second(col("ts")))).alias("a1"), (F.max(F.pow(col("d"), -1.0)) - F.min(F.pow(col("d"), -1.0))).alias("a2"), F.sum(F.when((~expr("100BD").isin(lit(.001).cast("decimal(4,3)"), lit(99.99).cast("decimal(4,2)"), lit(99.99).cast("decimal(4,2)"))), col("m")).otherwise(lit(0))).alias("a3"), expr("(max((m + m)) - min((m + m))) AS a4"))
OUTPUT_MODE = "update"
