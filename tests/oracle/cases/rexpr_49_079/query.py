from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("ifnull((b IS NOT TRUE), true)").alias("c1"), F.exp((F.exp(col("d")) + (col("m") / F.nullif(lit(.001).cast("decimal(4,3)"), lit(0))))).alias("c2"), F.crc32(F.format_string("%e", col("d"))).alias("c3"), (col("d") + (col("m") * col("d"))).alias("c4"))
OUTPUT_MODE = "append"
