from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nullif(crc32(s), 3L) AS c1", "locate(' ', substring(' ', 0, 3), 5) AS c2", "forall(split(get_json_object(to_json(named_struct('a', repeat('2024-02-29', 3), 'n', CAST(n AS DOUBLE))), '$.a'), ' '), x -> x = '') AS c3", "CASE WHEN (dt IS NULL) THEN TIMESTAMP'2024-02-29 00:00:00' ELSE CASE WHEN b THEN ts WHEN b THEN ts WHEN b THEN ts END END AS c4")
OUTPUT_MODE = "append"
