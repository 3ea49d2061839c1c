from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("j") < lit(10))).groupBy("dt").agg(expr("min(dt) AS a1"), expr("count(CAST(d AS STRING)) AS a2"))
OUTPUT_MODE = "update"
