from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("i").alias("k1")).agg((F.max((col("m") + col("m"))) - F.min((col("m") + col("m")))).alias("a1"), (F.max(col("d")) - F.min(col("d"))).alias("a2"), expr("datediff(max(date_sub(dt, i)), min(date_sub(dt, i))) AS a3"), F.max(col("dt")).alias("a4"))
OUTPUT_MODE = "update"
