from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("k", F.crc32(col("s"))).withColumn("c2", expr("unix_timestamp(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'))")).withColumn("k", expr("id")).drop("k", "m", "n", "s", "t", "b", "dt").filter("(endswith(s, '') OR (k >= 0L))")
OUTPUT_MODE = "append"
