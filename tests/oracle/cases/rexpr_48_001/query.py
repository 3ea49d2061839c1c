from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(i BETWEEN 2 AND 1) AS c1"), F.months_between(F.date_trunc("DAY", F.coalesce(F.when(col("b"), col("ts")).when(lit(False), col("ts")).otherwise(col("ts")), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))), col("ts")).alias("c2")).filter((((~col("b")) | F.coalesce(col("b"), col("b"), lit(True))) | (col("dt") > F.to_date(lit("2023-12-31")))))
OUTPUT_MODE = "append"
