from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("j", F.xxhash64((col("s") != lit("")), col("t")), (col("id") / F.nullif(F.sqrt((F.pmod(lit(3).cast("bigint"), lit(-4)) - (col("m") * col("d")))), lit(0))).alias("c2"), F.abs(col("d"))).filter("(isnan(CASE WHEN false THEN d WHEN (dt IS NOT NULL) THEN 2.0D ELSE 100.0D END) OR (t IS NULL))")
OUTPUT_MODE = "append"
