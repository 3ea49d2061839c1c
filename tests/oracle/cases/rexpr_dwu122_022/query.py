from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((~col("dt").isNotNull()) | (col("t") != lit("a")))).groupBy((col("m") >= lit(-3.10).cast("decimal(3,2)")).alias("k1")).agg(expr("round(skewness((i - i)), 6) AS a1"), expr("hex(count_min_sketch(CAST(i AS BIGINT), 0.4D, 0.6D, 42))").alias("a2"))
OUTPUT_MODE = "update"
