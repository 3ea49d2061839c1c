from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("id") >= col("m")).alias("c1"), F.floor(expr("1.25")).between(expr("0.001"), expr("0.001")).alias("c2"), expr("CASE WHEN b THEN ts WHEN (dt = DATE'2025-03-01') THEN ts ELSE ts END"), expr("(id % i)").alias("c4"))
OUTPUT_MODE = "append"
