from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce(F.is_valid_utf8(col("t")), lit(False)))).select("id", expr("inline(array(named_struct('x', timestampdiff(HOUR, coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'2024-03-01 12:30:00.123456'), 'y', s), named_struct('x', 2, 'y', 'b')))"), col("s").rlike("[0-9]+").alias("c2"), F.timestamp_seconds(F.character_length(F.rpad(F.when(lit(True), col("s")).when(col("b"), col("t")).otherwise(col("s")), 6, "é"))).alias("c3"), expr("make_timestamp_ltz(2024, 2, 29, i, 0, 0, 'Asia/Tokyo')").alias("c4"))
OUTPUT_MODE = "append"
