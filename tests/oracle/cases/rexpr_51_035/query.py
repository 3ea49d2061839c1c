from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(CAST((3 - i) AS TIMESTAMP) - INTERVAL 1 MONTH) AS c1"), F.greatest(F.bround(F.abs(col("d")), 3), col("d"), F.when(col("i").isNotNull(), col("d")).when(col("i").isNotNull(), col("d")).otherwise(col("d"))).alias("c2"), expr("nullif(nvl(ltrim(s), '日本'), '日本') AS c3"), F.initcap(F.right(col("s"), lit(0))).alias("c4"), F.coalesce(F.nvl2(lit(1).cast("bigint"), col("d"), lit(None).cast("double")), F.bround(col("d"), 0), lit(-1.5)).alias("c5")).filter("coalesce((c1 < to_date('2025-03-01')), true)")
OUTPUT_MODE = "append"
