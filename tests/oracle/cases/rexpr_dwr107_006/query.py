from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.array_except(F.array(col("t"), expr("CAST(to_timestamp_ltz(hex(unbase64('日本')), 'yyyy-MM-dd') AS STRING)"), lit('a'), lit('a')), F.array(lit('a'), lit(None)))).withColumn("c2", expr("round(negative(n))")).withColumn("c3", expr("printf('%5.2f|%-6s|', d, s)")).withColumn("b", expr("is_valid_utf8(t)")).withColumn("c5", expr("map_zip_with(map('a', bitwise_not(i), 'b', 2), map('a', 10, 'c', bitmap_bucket_number(abs(0))), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))"))
OUTPUT_MODE = "append"
