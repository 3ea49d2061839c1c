from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, m DECIMAL(12,4), n DECIMAL(5,3), b BOOLEAN, d DOUBLE, dt DATE, t STRING, i INT, ts TIMESTAMP, s STRING").load(INPUT)
result = df.filter((col("b") | (col("d") < lit(100.0)))).groupBy("i").agg(expr("datediff(max(CASE WHEN (k <= 0L) THEN dt WHEN b THEN dt ELSE dt END), min(CASE WHEN (k <= 0L) THEN dt WHEN b THEN dt ELSE dt END)) AS a1"), F.max(col("id")).alias("a2"), F.max(col("d").cast("decimal(6,2)")).alias("a3"))
OUTPUT_MODE = "update"
