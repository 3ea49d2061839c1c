spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("k") == lit(1).cast("bigint"))).select("id", F.hypot(col("d"), F.try_multiply(col("d"), col("d"))).alias("c1"), F.exp(F.round(F.round(col("m"), 1), 1)).alias("c2"))
OUTPUT_MODE = "append"
