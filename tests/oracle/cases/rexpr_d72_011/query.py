from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s").agg(F.max(col("ts")).alias("a1"), F.max((col("id") - col("id"))).alias("a2"), F.round(F.avg(col("m")), 0).alias("a3"), F.max(F.try_divide(lit(7), col("d"))).alias("a4"))
OUTPUT_MODE = "complete"
