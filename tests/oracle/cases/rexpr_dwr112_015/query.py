from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(make_ym_interval(size(split(s, '[aeiou]')), 5) AS STRING)"), expr("hmac('k', s, 'SHA256')").alias("c2")).where((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))))
OUTPUT_MODE = "append"
