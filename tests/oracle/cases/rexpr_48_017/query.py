from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, ts TIMESTAMP, d DOUBLE, m DECIMAL(10,2), dt DATE, s STRING, i INT, t STRING").json(INPUT)
result = df.groupBy(F.rtrim(col("t")).alias("k1")).agg(F.avg(F.nvl2((col("id") - col("id")), lit(1.25).cast("decimal(3,2)"), lit(100).cast("decimal(3,0)"))).alias("a1"), expr("min(CASE WHEN (id IS NOT NULL) THEN d WHEN (t IS NOT NULL) THEN d END) AS a2"), expr("count_if((d >= 0.001)) AS a3"), expr("min(s) AS a4"))
OUTPUT_MODE = "update"
