from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("b").alias("k1")).agg(F.bit_and(F.dayofmonth(col("dt"))).alias("a1"), F.bit_or(expr("timestamp_diff('MONTH', ts, ts)")).alias("a2"), expr("try_sum(i) AS a3"), expr("substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(i)))), 1, 24)").alias("a4"))
OUTPUT_MODE = "complete"
