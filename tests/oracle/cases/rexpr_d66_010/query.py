from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("to_timestamp(date_format(date_trunc('DAY', ts), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')")).withColumn("c2", expr("round((n * i), 3)")).withColumn("c3", F.date_trunc("WEEK", F.to_timestamp(lit("2024-02-29 00:00:00")))).select("id", "c1", "c2", "c3").where(((col("t") != lit("Hello")) | col("d").isNotNull()))
OUTPUT_MODE = "append"
