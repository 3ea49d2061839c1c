from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.nullif(col("s"), lit("2024-02-29")).alias("c1"), F.ifnull(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2"), expr("round(d, 1) AS c3"), expr("rtrim(substring(' ', 2, 3)) AS c4")).where((~F.coalesce(col("b"), lit(False))))
OUTPUT_MODE = "append"
