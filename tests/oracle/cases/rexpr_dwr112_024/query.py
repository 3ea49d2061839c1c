from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("substr(s, -3, 1)")).withColumn("c2", expr("convert_timezone('America/Los_Angeles', 'UTC', make_timestamp_ltz(2024, 2, 29, coalesce(i, 10, -1), 0, 0, 'Asia/Tokyo'))")).withColumn("c3", expr("try_to_timestamp(s)")).withColumn("c4", F.array_repeat(F.greatest(col("i"), col("i")), -1)).withColumn("c5", expr("(s ILIKE 'H%')")).drop("m", "s", "dt")
OUTPUT_MODE = "append"
