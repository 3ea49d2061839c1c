from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg(expr("count_if((b IS NOT TRUE)) AS a1"), expr("bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs(i) % 1000))) AS a2"))
OUTPUT_MODE = "update"
