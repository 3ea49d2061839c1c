from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, ts TIMESTAMP, j INT, m DECIMAL(18,6), i INT, t STRING, k BIGINT, dt DATE, s STRING").json(INPUT)
result = df.groupBy(expr("'x-y' AS k1")).agg(expr("sort_array(collect_union(array(second(ts), (2 * i)))) AS a1"), expr("vector_avg(array(CAST((i % 2) AS FLOAT), 2.0F))").alias("a2"))
OUTPUT_MODE = "update"
