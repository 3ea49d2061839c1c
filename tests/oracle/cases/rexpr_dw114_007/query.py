from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(12,4), i INT, ts TIMESTAMP, s STRING, j INT, dt DATE, t STRING, d DOUBLE, b BOOLEAN, n DECIMAL(5,3)").json(INPUT)
result = df.select("id", expr("(dt - INTERVAL 1 DAY)"), expr("timestamp_millis(pmod(i, 10)) AS c2"), F.size(F.split(col("t"), "[aeiou]")).alias("c3"), expr("xxhash64((n >= 1.25))").alias("c4"))
OUTPUT_MODE = "append"
