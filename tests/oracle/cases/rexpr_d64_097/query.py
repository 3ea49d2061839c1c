from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("s") == lit("")) | (col("i") >= lit(-1)))).select("dt", F.array_contains(F.split(col("s"), ","), "a").alias("c1"), expr("CASE WHEN (CASE WHEN (s > 'a') THEN ts WHEN (ts = TIMESTAMP'2024-03-01 12:30:00.123456') THEN ts ELSE ts END > dt) THEN i WHEN (i IN (1, 1, 1)) THEN i WHEN (id IS NOT NULL) THEN -4 END").alias("c2"))
OUTPUT_MODE = "append"
