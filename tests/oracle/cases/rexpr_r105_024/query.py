from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "date_add(date_sub(dt, i), 2)", "CASE WHEN (s ILIKE 'a%') THEN CAST(convert_timezone('Europe/Paris', CAST(nvl(if((ts IS NOT NULL), TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456'), TIMESTAMP'2024-03-01 12:30:00.123456') AS TIMESTAMP_NTZ)) AS STRING) ELSE current_database() END AS c2", "hex(hmac('key', url_decode(url_encode(array_join(regexp_extract_all(t, '([a-z]+)', 1), '|'))))) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
