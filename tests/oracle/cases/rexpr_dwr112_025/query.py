from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, i INT, m DECIMAL(38,10), ts TIMESTAMP, b BOOLEAN, n DECIMAL(9,5), t STRING, s STRING, f FLOAT").json(INPUT)
result = df.where("(n <> 0.001)").selectExpr("flatten(array(array(' '), CAST(NULL AS ARRAY<STRING>))) AS c1", "array_intersect(array(i, 0, NULL, 1), array(1, NULL, i)) AS c2", "json_tuple(hex(try_to_binary(nullif(s, '日本'), 'base64')), 'a')", "nullif(dt, DATE'2000-01-01') AS c4", "CAST(t AS INT) AS c5", "named_struct('p', t, 'q', t).q", "sequence(date_add(dt, i), date_add(date_add(dt, i), 3), INTERVAL 1 DAY)[1] AS c7")
OUTPUT_MODE = "append"
