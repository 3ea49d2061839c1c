from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("((m * i) - (i - i))")).withColumn("c2", expr("md5(t)")).withColumn("c3", expr("CAST(try_to_timestamp(s) AS DOUBLE)")).withColumn("c4", expr("CASE size(split('日本', ' ')) WHEN 3 THEN last_day(last_day(dt)) WHEN 5 THEN trunc(dt, 'Q') ELSE dt END")).withColumn("m", (col("m") / F.nullif((col("i") + col("i")), lit(0))))
OUTPUT_MODE = "append"
