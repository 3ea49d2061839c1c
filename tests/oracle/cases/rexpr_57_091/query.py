from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("i").alias("k1")).agg((F.max(col("m")) - F.min(col("m"))).alias("a1"), F.min(col("i")).alias("a2"))
OUTPUT_MODE = "update"
