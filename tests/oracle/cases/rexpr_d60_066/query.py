from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("i", (col("d") - col("d")).cast("string").alias("c1"), F.nullif(F.least(col("d"), col("d"), lit(2.0)), lit(0.5)).alias("c2"), expr("ltrim(s) AS c3"), F.base64(F.overlay(F.split_part(col("s"), lit(" "), lit(-1)), lit("xx"), lit(4), lit(1))).alias("c4"))
OUTPUT_MODE = "append"
