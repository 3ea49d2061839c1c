from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, i INT, n DECIMAL(20,0), dt DATE, ts TIMESTAMP, m DECIMAL(38,10), d DOUBLE").load(INPUT)
result = df.filter((((col("s") <= lit("2024-02-29")) & F.isnan(lit(3.75))) | (col("d") >= lit(-1.5)))).select("id", lit("x-y").try_cast("date").alias("c1"), expr("ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c2"), expr("coalesce((n * 100BD), n, 0.001)").alias("c3"))
OUTPUT_MODE = "append"
