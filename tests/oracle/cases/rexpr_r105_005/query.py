from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, m DECIMAL(10,2), i INT, k BIGINT, dt DATE, s STRING, t STRING, f FLOAT, b BOOLEAN, d DOUBLE").json(INPUT)
result = df.selectExpr("id", "from_json('{\"a\": ' || xpath_short('<a><b>7</b><b>' || pmod(i, 10) || '</b></a>', 'sum(a/b)') || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>') AS c1", "replace(CAST(timestamp_add('MONTH', size(sequence(1, abs(i) % 5 + 1)), CASE WHEN b THEN dt ELSE DATE'2023-12-31' END) AS STRING), ' ', '') AS c2", "transform_keys(map(i, 'x', 100, 'y'), (k, v) -> k + 1) AS c3", "sequence(5, abs(i) % 5, -2) AS c4", "str_to_map('a:1,b:2,c:' || dayofweek((CAST(NULL AS DATE) - INTERVAL 1 DAY))) AS c5").where((col("k") == lit(3).cast("bigint")))
OUTPUT_MODE = "append"
