from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("ceil(CASE WHEN abs(round(negative(vector_inner_product(array(CAST(d AS FLOAT), 1.5F), array(2.0F, CAST(i AS FLOAT)))), 3)) < 1e9D THEN round(negative(vector_inner_product(array(CAST(d AS FLOAT), 1.5F), array(2.0F, CAST(i AS FLOAT)))), 3) END) AS c1"), expr("array_union(array((- d), CAST('NaN' AS DOUBLE), round(d, 0)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))"), expr("CASE WHEN b THEN n WHEN map_contains_key(map(i, 'a', 3, 'b'), 3) THEN (99.99 / 3.5) WHEN b THEN negative(m) ELSE nullif(m, -3.10) END").alias("c3"))
OUTPUT_MODE = "append"
