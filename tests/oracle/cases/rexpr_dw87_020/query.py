from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", ((col("id") / lit(7)) > (col("id") - col("id"))).alias("c1"), F.nvl2((col("k") <= lit(100).cast("decimal(3,0)")), F.timestamp_millis(F.dayofmonth(col("ts"))), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2"), expr("bround(try_add(d, d), 1)").alias("c3")).where("coalesce(regexp_like(regexp_extract(s, '(.)(.)', 0), 'o$'), true)")
OUTPUT_MODE = "append"
