from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, b BOOLEAN, k BIGINT, s STRING, d DOUBLE, f FLOAT, dt DATE, i INT, m DECIMAL(10,2)").json(INPUT)
result = df.groupBy("b").agg((F.max(F.when(col("b"), col("m")).otherwise(col("m"))) - F.min(F.when(col("b"), col("m")).otherwise(col("m")))).alias("a1"), (F.max(col("m")) - F.min(col("m"))).alias("a2"), F.sum(F.when(col("b"), col("id")).otherwise(col("id"))).alias("a3"), F.sort_array(F.collect_set(F.date_format(col("dt"), "a h:mm"))).alias("a4"))
OUTPUT_MODE = "complete"
