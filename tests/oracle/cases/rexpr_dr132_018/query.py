from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, t STRING, d DOUBLE, dt DATE, j INT, m DECIMAL(7,0), i INT, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg((F.max(F.round(F.floor(col("m"), 1), -1)) - F.min(F.round(F.floor(col("m"), 1), -1))).alias("a1"), expr("round(covar_samp((i + d), i), 4)").alias("a2")).filter("a1 IS NOT NULL").orderBy("i")
OUTPUT_MODE = "complete"
ORDERED = True
