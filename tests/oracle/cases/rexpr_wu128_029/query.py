from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("shiftright(datediff(dt, to_date('2025-03-01')), 33) AS k1")).agg(expr("string_agg(CAST(smallint(date_diff(DATE'2023-12-31', dt)) AS STRING), '-') WITHIN GROUP (ORDER BY smallint(date_diff(DATE'2023-12-31', dt)) DESC) AS a1"), expr("size(collect_union(array(i % 3, NULL)))").alias("a2"), expr("max(from_xml(s, 'a INT', map('mode', 'FAILFAST'))) AS a4"), expr("sort_array(collect_set(named_struct('a', nullifzero(i), 'b', (b OR b))))").alias("a3"))
OUTPUT_MODE = "complete"
