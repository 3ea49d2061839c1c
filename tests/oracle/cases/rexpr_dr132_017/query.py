from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "k", "(coalesce(id, 3L) % 2) AS c1", "(dt - INTERVAL 1 DAY) AS c2", "nvl2((t COLLATE UTF8_BINARY = 'Hello World'), CASE WHEN (99.99 <= -1.5D) THEN k WHEN (dt >= DATE'2025-03-01') THEN greatest(k, id) WHEN is_valid_utf8(s) THEN 86400L ELSE id END, 86400L) AS c3", "CASE WHEN (j >= 0) THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END", "posexplode_outer(map(array_min(array(i, i, CAST(NULL AS INT))), make_valid_utf8(unhex('61FF62C3'))))")
OUTPUT_MODE = "append"
