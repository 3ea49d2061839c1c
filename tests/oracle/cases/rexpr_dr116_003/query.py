from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("n", "array_except(array(CASE WHEN (i <> 0) THEN '日本' WHEN b THEN t WHEN is_valid_utf8(CAST(to_timestamp_ltz(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyy-MM-dd'), 'yyyy-MM-dd') AS STRING)) THEN base64(aes_encrypt(right(t, 1), '0123456789abcdef', 'ECB')) END, ifnull('x-y', '42'), 'a', 'a'), array('a', NULL)) AS c1", "CASE WHEN b THEN id WHEN b THEN id WHEN (id <> 3L) THEN id ELSE id END AS c2", "to_binary(concat(s, 'zz'), 'hex') AS c3", "date_add(dt, i) AS c4")
OUTPUT_MODE = "append"
