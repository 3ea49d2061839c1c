from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, b BOOLEAN, t STRING, j INT, f FLOAT, ts TIMESTAMP, m DECIMAL(38,10), n DECIMAL(20,0), i INT, s STRING, dt DATE").json(INPUT)
result = df.filter("(map_contains_key(map(i, 'a', 3, 'b'), 3) OR (dt = DATE'2025-03-01'))").groupBy("dt").agg(expr("min(i) AS a1"), expr("sort_array(collect_union(split(t, ' ')))").alias("a2"))
OUTPUT_MODE = "update"
