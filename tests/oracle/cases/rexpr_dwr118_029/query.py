from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(s IS NOT NULL)").select(expr("timestamp_micros(CAST(day(make_date(year(dt), 12, least(dayofmonth(dt), 28))) AS BIGINT) * 1000000000L)").alias("c1"), expr("vector_normalize(array(3.0F, CAST(datediff(DATE'2023-12-31', trunc(dt, 'YEAR')) AS FLOAT)), 2.0F)").alias("c2"), expr("make_date(2024, pmod(i, 12) + 1, 28) AS c3"), expr("(convert_timezone('America/Los_Angeles', 'UTC', date_trunc('MINUTE', ts)) - INTERVAL '90' MINUTE)").alias("c4"))
OUTPUT_MODE = "append"
