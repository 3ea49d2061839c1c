from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, f FLOAT, dt DATE, ts TIMESTAMP, d DOUBLE, s STRING, m DECIMAL(12,4), b BOOLEAN").load(INPUT)
result = df.select(F.round(expr("CASE 3 WHEN 0 THEN m WHEN 3 THEN m ELSE 0.001 END"), 3).alias("c1"), expr("greatest(CASE WHEN (NOT b) THEN id WHEN b THEN id WHEN (id = 1000L) THEN id ELSE id END, (id % 3))"), F.floor(F.when(F.abs(F.round((col("i") / lit(3.0)), 3)) < lit(1e9), F.round((col("i") / lit(3.0)), 3))).alias("c3"), expr("(i - i)").alias("c4"))
OUTPUT_MODE = "append"
