from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(expr("max_by(CAST(try_make_timestamp_ntz(2023, 2, i, 0, 0, 0) AS STRING), i, 2)").alias("a1"), expr("last_value(t) AS a2"), F.max(F.datediff(col("ts"), lit(5))).alias("a4"), expr("hex(count_min_sketch(hex(hmac(current_database(), 'msg', 'SHA512')), 0.3D, 0.7D, 7))").alias("a3")).orderBy("s")
OUTPUT_MODE = "complete"
ORDERED = True
