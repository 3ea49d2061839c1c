from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, d DOUBLE, b BOOLEAN, i INT, m DECIMAL(18,6), ts TIMESTAMP, s STRING, dt DATE").json(INPUT)
result = df.selectExpr("id", "(CASE WHEN (b AND (id <> 1L)) THEN ts ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END >= CASE WHEN b THEN to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') WHEN (k >= 0L) THEN CASE WHEN (b IS NOT TRUE) THEN ts ELSE ts END WHEN (NOT b) THEN ts ELSE ts END) AS c1", "(m = id) AS c2", "concat_ws(', ', s, s, s) AS c3", "CASE WHEN (i = 5) THEN i WHEN (s = '') THEN i ELSE i END")
OUTPUT_MODE = "append"
