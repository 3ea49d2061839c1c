from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "from_json('{\"a\": ' || size(json_object_keys(to_json(named_struct('a', i, 'b', t)))) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>') AS c1", "map_from_entries(array(struct(i, CAST(try_make_timestamp(2024, timestampdiff(HOUR, ts, ts), 29, 10, 30, 45.5) AS STRING)), struct(2, 'two'))) AS c2")
OUTPUT_MODE = "append"
