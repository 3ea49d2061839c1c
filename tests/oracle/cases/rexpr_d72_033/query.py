from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, s STRING, d DOUBLE, k BIGINT, ts TIMESTAMP, dt DATE, n DECIMAL(9,5), m DECIMAL(10,2)").json(INPUT)
result = df.select(expr("(substring('2024-02-29', -3, 1) != get_json_object(to_json(named_struct('a', s, 'n', (m IS NOT NULL))), '$.n')) AS c1"), col("id").cast("double").alias("c2"), expr("(1.25 / 3.5)").alias("c3"), (col("d") / col("i")).alias("c4")).where((col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))))
OUTPUT_MODE = "append"
