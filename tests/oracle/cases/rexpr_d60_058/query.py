from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(b + 1)")).withColumn("c2", F.date_trunc("HOUR", col("ts"))).withColumn("c3", expr("ifnull(dt, DATE'2000-01-01')")).withColumn("s", F.overlay(lit("2024-02-29"), lit("xx"), lit(2), lit(1))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
