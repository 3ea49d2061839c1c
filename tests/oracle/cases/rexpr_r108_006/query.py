from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, j INT, dt DATE, i INT, m DECIMAL(10,2), b BOOLEAN, ts TIMESTAMP, k BIGINT, t STRING").json(INPUT)
result = df.select("id", expr("CASE WHEN b THEN ts WHEN b THEN try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0) WHEN is_valid_utf8(s) THEN ts ELSE (ts - INTERVAL 1 MONTH) END AS c1"), expr("array(array_min(array(i, 0, CAST(NULL AS INT))), NULL) AS c2"))
OUTPUT_MODE = "append"
