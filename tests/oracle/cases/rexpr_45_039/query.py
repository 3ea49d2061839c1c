from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, t STRING, ts TIMESTAMP, b BOOLEAN, k BIGINT, m DECIMAL(7,0), s STRING, i INT, dt DATE").load(INPUT)
result = df.groupBy("i").agg((F.max(F.size(F.split(F.date_format(col("ts"), "MMM d, yyyy"), "  *"))) - F.min(F.size(F.split(F.date_format(col("ts"), "MMM d, yyyy"), "  *")))).alias("a1"), F.min(col("t")).alias("a2"))
OUTPUT_MODE = "update"
