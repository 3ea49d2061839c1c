from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("ascii(CAST(f AS STRING)) AS k1")).agg(F.min(F.month(col("ts"))).alias("a1"), F.min((col("id") - col("d"))).alias("a2"), expr("min(months_between(ts, dt)) AS a3"))
OUTPUT_MODE = "update"
