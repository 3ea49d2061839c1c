from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, t STRING, dt DATE, b BOOLEAN, m DECIMAL(12,4), i INT, d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("from_json(base64(aes_encrypt(t, '0123456789abcdef', 'ECB')), 'a INT, b ARRAY<STRING>')"), expr("CASE WHEN (json_array_length(to_json(array(bitmap_bit_position(i), CASE WHEN (t IS NOT NULL) THEN 3 WHEN (d IS NOT NULL) THEN i WHEN (id IS NOT NULL) THEN i ELSE i END))) IS NOT NULL) THEN ts ELSE ts END").alias("c2"), expr("CAST(timestamp_add('MONTH', timestampdiff(HOUR, ts, TIMESTAMP'2024-03-01 12:30:00.123456'), dt) AS STRING)").alias("c3"), F.array_insert(F.array(lit('a'), lit('b'), lit('c')), -1, F.get(F.split(expr("hex(hmac('key', t))"), ","), 0)).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id DESC"]
