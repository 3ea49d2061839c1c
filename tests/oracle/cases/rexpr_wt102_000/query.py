from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(9,5), i INT, dt DATE, k BIGINT, b BOOLEAN, m DECIMAL(10,2), s STRING, d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.where("(ts < TIMESTAMP'2024-03-01 12:30:00.123456')").withColumn("c1", expr("pmod(m, 2.5)")).withColumn("ts", expr("CASE format_number(n, 0) WHEN '2024-02-29' THEN ts WHEN 'x-y' THEN ts ELSE ts END")).withColumn("c3", expr("coalesce(m, n, 12.345)")).withColumn("c4", expr("if((dt <= DATE'2023-12-31'), d, 2.0D)")).withColumn("c5", col("c3")).withColumn("c6", (col("d") / col("i"))).select("id", "c1", "c3", "c4", "c5", "c6")
OUTPUT_MODE = "append"
