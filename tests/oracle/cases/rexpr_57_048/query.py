from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, k BIGINT, ts TIMESTAMP, d DOUBLE, j INT, dt DATE, m DECIMAL(10,2), i INT, s STRING").load(INPUT)
result = df.withColumn("c1", expr("timestamp_seconds((3 * i))")).withColumn("c2", expr("from_unixtime((i + i))")).drop("t", "k", "d", "j", "m", "i", "s").where("(ts < TIMESTAMP'2024-02-29 00:00:00')")
OUTPUT_MODE = "append"
