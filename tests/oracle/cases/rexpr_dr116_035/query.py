from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s", F.validate_utf8(col("s")).alias("k2")).agg(expr("(max(round(99.99)) - min(round(99.99))) AS a1"), F.bit_and(col("i")).alias("a2"), F.max(F.tan(col("d"))).alias("a3"))
OUTPUT_MODE = "complete"
