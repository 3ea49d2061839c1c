from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(col("m").isNotNull()).select("id", expr("coalesce(100, -1) AS c1"), expr("conv(get(split(get(split(s, ','), 0), '-'), 2), 10, 2)").alias("c2"), expr("exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')").alias("c3"))
OUTPUT_MODE = "append"
