from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, s STRING, m DECIMAL(7,0), f FLOAT, i INT, ts TIMESTAMP, dt DATE, n DECIMAL(20,0)").load(INPUT)
result = df.filter((col("dt") < F.to_date(lit("2025-03-01")))).groupBy("dt").agg(expr("round(avg(CASE WHEN true THEN 12.345 WHEN (s < '') THEN m WHEN (id >= -2L) THEN n END), 0) AS a1"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a2"))
OUTPUT_MODE = "update"
