from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg((F.max(lit(0)) - F.min(lit(0))).alias("a1"), F.max(col("id")).alias("a2"), expr("(max((- CASE WHEN b THEN nvl2(dt, d, -1.5D) ELSE d END)) - min((- CASE WHEN b THEN nvl2(dt, d, -1.5D) ELSE d END))) AS a3"), F.round(F.avg(col("d")), 3).alias("a4"))
OUTPUT_MODE = "update"
