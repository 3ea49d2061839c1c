from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "i", expr("atanh(d / 2000)").alias("c1"), F.coalesce(F.to_timestamp(lit("2024-02-29 00:00:00")), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), expr("(d / nullif(date_diff(dt, dt), 0)) AS c3"), expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]").alias("c4"))
OUTPUT_MODE = "append"
