from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), ts TIMESTAMP, n DECIMAL(5,3), dt DATE, i INT, t STRING, d DOUBLE, s STRING, j INT, f FLOAT").load(INPUT)
result = df.select(expr("(((j IS NOT NULL) OR regexp_like(concat(space(0), s), 'o$')) OR isnull(bround(n, 1)))").alias("c1"), (F.to_timestamp(lit("1999-12-31 23:59:59.999")) + expr("INTERVAL 1 DAY")).alias("c2"), expr("nvl2(s, i, i)")).filter("coalesce((ts != dt), true)")
OUTPUT_MODE = "append"
