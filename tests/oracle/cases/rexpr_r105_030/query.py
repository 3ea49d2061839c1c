from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "k", F.next_day(F.trunc(expr("element_at(array_sort(array(dt, DATE'2024-02-29', DATE'2024-02-29')), 1)"), "MM"), "wednesday").alias("c1"), expr("to_json(from_csv(s, 'a INT, b STRING')) AS c2"), expr("xpath_boolean('<a><b>' || coalesce(array_min(array(i, i, CAST(NULL AS INT))), size(json_object_keys(to_json(named_struct('a', i, 'b', s)))), -1) || '</b></a>', 'a/b = 7')").alias("c3"))
OUTPUT_MODE = "append"
