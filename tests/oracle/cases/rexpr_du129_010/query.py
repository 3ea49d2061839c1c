from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, t STRING, d DOUBLE, n DECIMAL(5,3), s STRING, i INT, ts TIMESTAMP, j INT, m DECIMAL(7,0), dt DATE").json(INPUT)
result = df.groupBy(F.minute(col("ts")).alias("k1"), expr("regexp_extract(t, '^(\\\\S*)', 1) AS k2")).agg(expr("round(covar_samp(2.0D, i), 4) AS a1"), expr("hex(count_min_sketch(CAST(try_make_timestamp_ltz(2024, 3, 10, i, 30, 0, 'America/New_York') AS STRING), 0.3D, 0.7D, 7))").alias("a2"), expr("percentile_approx(sec(log2(f)), array(0.1, 0.9), 100) AS a3"), expr("bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs(int(power(i % 4, 2))) % 1000)))").alias("a4"))
OUTPUT_MODE = "update"
