from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.when(col("b"), lit(10)).otherwise(lit(2)).alias("k1")).agg(expr("round(regr_avgx(i, i), 6) AS a1"), F.max(expr("map_contains_key(map(i, 1), s)")).alias("a5"), expr("bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs((i - i)) % 1000))) AS a2"), expr("round(covar_samp(f, CASE WHEN b THEN i WHEN b THEN i WHEN b THEN i END), 4) AS a3"), F.try_avg(F.character_length(F.left(lit("é"), lit(1)))).alias("a4"))
OUTPUT_MODE = "complete"
