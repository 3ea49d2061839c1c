from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, ts TIMESTAMP, m DECIMAL(7,0), i INT, s STRING, b BOOLEAN, t STRING, j INT, dt DATE").load(INPUT)
result = df.where("((i BETWEEN 5 AND 1) OR (NOT b))").select("id", expr("from_json('{\"a\": ' || json_array_length(to_json(array(shiftrightunsigned(bit_get(-1, 3), 28), smallint(0)))) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')").alias("c1"), F.encode(col("t"), 'UTF-8').alias("c2"), col("j").cast("bigint").alias("c3"), expr("timestamp_add('HOUR', (i + i), TIMESTAMP'2024-02-29 00:00:00')").alias("c4"), F.json_tuple(expr("parse_url('http://a.b/c?x=' || url_encode(hex(hmac('key', '日本'))), 'PROTOCOL')"), 'a'))
OUTPUT_MODE = "append"
