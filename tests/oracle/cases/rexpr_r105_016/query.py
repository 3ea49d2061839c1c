from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.array_repeat(expr("to_char(encode(least(s, CAST(to_timestamp_ltz(s, 'yyyy-MM-dd') AS STRING), s), 'utf-8'), 'base64')"), F.abs(F.quarter(F.trunc(F.to_date(col("ts")), "Q"))) % 3)).withColumn("c2", expr("crc32(s)")).withColumn("c3", expr("(if((id <> 3L), n, -3.10) / 2)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
