from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("t").isNotNull()).select("id", "i", F.datediff(col("dt"), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c1"), F.length(F.least(col("s"), F.substring(F.concat(col("s"), col("n").cast("string"), col("i").cast("string")), 0, 0))).alias("c2"), F.bround(col("d"), 1).alias("c3"))
OUTPUT_MODE = "append"
