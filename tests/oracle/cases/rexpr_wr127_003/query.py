from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, dt DATE, i INT, d DOUBLE, b BOOLEAN, ts TIMESTAMP, j INT, m DECIMAL(10,2), t STRING").json(INPUT)
result = df.select("b", F.map_filter(F.create_map(lit('a'), col("i"), lit('b'), col("i"), lit('c'), lit(0)), lambda k, v: (v > 0) | (k == 'c')).alias("c1"), expr("timestamp_seconds(i)"), col("d").cast("decimal(6,2)").alias("c3")).filter("((-1 IS NOT NULL) OR (b IS NOT NULL))")
OUTPUT_MODE = "append"
