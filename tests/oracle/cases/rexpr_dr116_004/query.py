from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, s STRING, t STRING, k BIGINT, d DOUBLE, n DECIMAL(5,3), m DECIMAL(7,0), dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", ((col("t") > lit("x-y")) | F.arrays_overlap(F.array(F.bitmap_bucket_number(F.abs(F.dayofmonth(col("dt")))), col("i")), F.array(lit(1), lit(2), F.bitmap_bucket_number(F.abs(F.dayofmonth(col("dt"))))))).alias("c1"), expr("(m = n)").alias("c2"), expr("if((dt <=> to_date('2023-12-31')), k, array_position(array(5, i, 7), 7)) AS c3")).filter((((col("c3") > lit(3).cast("bigint")) | F.map_contains_key(F.create_map(col("i"), lit('a'), lit(3), lit('b')), 3)) | col("i").isNotNull()))
OUTPUT_MODE = "append"
