from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(col("dt").isNotNull()).groupBy(F.nullif(F.when((col("j") >= lit(3)), col("j")), lit(0)).alias("k1")).agg(F.max(F.quarter(expr("CASE (j IS NOT NULL) WHEN false THEN dt WHEN true THEN dt ELSE dt END"))).alias("a1"), expr("count_if((least(m, m, m) >= nullif(round(-3.10), -3.10))) AS a2"), F.round(F.avg(col("m")), 3).alias("a3"))
OUTPUT_MODE = "update"
