from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("d") * F.log(10.0, col("d"))).alias("c1"), expr("CASE WHEN (dt > to_date('2025-03-01')) THEN ts WHEN (CASE WHEN coalesce((d > 0.001D), (d IS NOT NULL), true) THEN id END IS NULL) THEN ts ELSE CAST(NULL AS TIMESTAMP) END AS c2"), (col("id") * col("d")).alias("c3"), F.nullif(F.bround(col("m"), -1), lit(100).cast("decimal(3,0)")).alias("c4"), F.greatest(col("i"), (col("i") - col("i")))).filter("(('abc' RLIKE '^\\\\s') OR (c1 <> 100.0D))")
OUTPUT_MODE = "append"
