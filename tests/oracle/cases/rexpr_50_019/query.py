from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((((~col("t").isin(lit("x-y"), lit("42"), lit("Hello"))) & (col("t") >= lit("é"))) | col("dt").isNull())).select("id", expr("(i * ifnull(m, 0.5))").alias("c1"), expr("(12.345 * log(10, i))").alias("c2"), F.when((col("id") == col("m")), (col("ts") - expr("INTERVAL 36 HOURS"))).when(col("i").isNotNull(), F.date_trunc("yyyy", F.date_trunc("MINUTE", col("ts")))).when(((col("ts") == F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) | col("t").try_cast("boolean")), col("ts")).alias("c3"), expr("greatest((id * 3), id, -2L) AS c4"))
OUTPUT_MODE = "append"
