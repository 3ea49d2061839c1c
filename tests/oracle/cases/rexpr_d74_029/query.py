from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.pow((F.bround(lit(0.1), 2) * col("d")), 3.0).alias("c1"), ((col("ts") + expr("INTERVAL '90' MINUTE")) - expr("INTERVAL 1 DAY")).alias("c2"), expr("unix_timestamp((CASE WHEN (k > 3L) THEN ts WHEN b THEN ts WHEN (t <= '42') THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END + INTERVAL 1 MONTH)) AS c3"))
OUTPUT_MODE = "append"
