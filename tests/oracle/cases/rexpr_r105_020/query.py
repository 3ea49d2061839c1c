from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.json_array_length(F.format_string("[%5s|%-4d]", col("s"), col("j"))).alias("k1"), col("s").try_cast("int").alias("k2")).agg(expr("substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(char_length(' '))))), 1, 24) AS a1"), F.round(F.stddev(col("d")), 6).alias("a2"), expr("percentile_approx(i, 0.5) AS a3"), expr("percentile_cont(0.5) WITHIN GROUP (ORDER BY size(sequence(1, abs(i) % 5 + 1)))").alias("a4"))
OUTPUT_MODE = "update"
