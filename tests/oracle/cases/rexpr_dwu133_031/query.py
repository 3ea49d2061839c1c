from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("array_insert(array(i), 0, 1) AS c1"), expr("next_day(dt, 'fri') AS c2"), expr("map_contains_key(map(i, 'a', 3, 'b'), 3) AS c3"), expr("array_intersect(array(size(array_remove(array(i, i, 1, i), i)), locate(' ', s), NULL, 1), array(1, NULL, size(array_remove(array(i, i, 1, i), i))))"), expr("date_add(dt, i)").alias("c5")).filter("(i <= -1)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
