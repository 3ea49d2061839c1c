spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "j", "CASE WHEN (id = -2L) THEN dt WHEN b THEN DATE'2025-03-01' WHEN b THEN dt ELSE dt END", "(nvl2(-1, b, true) IS NULL) AS c2", "CASE WHEN (s <> '日本') THEN (ts + INTERVAL '2 12' DAY TO HOUR) ELSE ts END AS c3", "CASE WHEN (n IS NOT NULL) THEN id WHEN b THEN id WHEN ((dt - to_date('2024-02-29')) <= INTERVAL '-2' DAY) THEN (greatest(id, id, id) % nullif(-1, 0)) ELSE crc32(date_format(TIMESTAMP'2024-02-29 00:00:00', 'a h:mm')) END AS c4", "((- CASE WHEN b THEN try_add(m, m) WHEN CAST(id AS BOOLEAN) THEN m WHEN ((dt - ts) > INTERVAL '-36' HOUR) THEN 99.99 END) IS NOT NULL) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
