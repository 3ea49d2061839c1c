from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("i AS k1"), "i").agg(expr("sort_array(collect_set(nullif(s, 'abc'))) AS a1"), expr("sum(i) AS a2"))
OUTPUT_MODE = "complete"
