from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, m DECIMAL(18,6), t STRING, d DOUBLE, i INT, s STRING, n DECIMAL(4,1), dt DATE").json(INPUT)
result = df.groupBy(F.octet_length(col("s")).alias("k1")).agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), F.count((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00")))).alias("a2"), expr("datediff(max(dt), min(dt)) AS a3"), expr("(max((i - weekofyear(dt))) - min((i - weekofyear(dt)))) AS a4"))
OUTPUT_MODE = "complete"
