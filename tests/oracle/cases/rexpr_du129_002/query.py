from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("t", F.dayofyear((col("dt") + expr("INTERVAL 1 MONTH"))).alias("k2")).agg(expr("vector_avg(array(CAST(i AS FLOAT), 2.0F))").alias("a1"), expr("sort_array(collect_union(array(i, greatest(i, i, size(split(t, '  *')))))) AS a2"))
OUTPUT_MODE = "complete"
