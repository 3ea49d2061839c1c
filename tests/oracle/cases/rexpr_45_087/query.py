from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.locate("l", F.format_number((col("m") - col("m")), 3), 1).alias("c1"), expr("CASE WHEN b THEN datediff(CASE WHEN (s < 'a') THEN dt WHEN b THEN dt END, dt) WHEN (d = id) THEN i ELSE dayofmonth(ts) END").alias("c2"), (col("ts") != F.to_date(lit("2023-12-31"))).alias("c3"), F.nvl2(col("k"), col("t"), lit("o")).alias("c4"), F.round(lit(0.1), 0).alias("c5")).where("(n > 99.99)")
OUTPUT_MODE = "append"
