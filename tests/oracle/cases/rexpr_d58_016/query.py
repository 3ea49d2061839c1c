from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, m DECIMAL(38,10), s STRING, k BIGINT, d DOUBLE, ts TIMESTAMP, dt DATE, i INT, f FLOAT, j INT").load(INPUT)
result = df.select("id", "m", expr("ifnull(coalesce(crc32(s), 1L), 3L) AS c1"), expr("nvl2(dt, ts, TIMESTAMP'2024-02-29 00:00:00')").alias("c2"), expr("(ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c3"), expr("CAST(nvl2(try_element_at(split(s, '  *'), 3), (1 - i), i) AS TIMESTAMP)").alias("c4"), (col("m") + col("m")).alias("c5"))
OUTPUT_MODE = "append"
