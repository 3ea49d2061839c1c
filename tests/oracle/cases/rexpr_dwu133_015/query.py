from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "make_timestamp(year((dateadd(element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), i) - INTERVAL 1 DAY)), month((dateadd(element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), i) - INTERVAL 1 DAY)), dayofmonth((dateadd(element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), i) - INTERVAL 1 DAY)), 12, 0, 0) AS c1", "(timestamp_diff('MONTH', ts, ts) / nullif(i, 0)) AS c2", "inline_outer(filter(array(struct(json_array_length('日本') AS p, tanh(m) AS q)), e -> e.p > 0))")
OUTPUT_MODE = "append"
