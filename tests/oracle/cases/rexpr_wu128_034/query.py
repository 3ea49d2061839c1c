from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("map_zip_with(map('a', bitwise_not(CAST((i & -1) AS INT)), 'b', 2), map('a', 10, 'c', i), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))")).withColumn("c2", expr("to_binary(s, 'utf-8')"))
OUTPUT_MODE = "append"
