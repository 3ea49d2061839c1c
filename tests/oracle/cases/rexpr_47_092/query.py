from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, t STRING, dt DATE, s STRING, m DECIMAL(7,0), i INT, b BOOLEAN, d DOUBLE, ts TIMESTAMP, k BIGINT, n DECIMAL(20,0)").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (dt <> DATE'2024-02-29') THEN TRY_CAST(f AS BIGINT) WHEN b THEN CAST(least(TIMESTAMP'2024-03-01 12:30:00.123456', ts) AS BIGINT) ELSE crc32(t) END AS c1", "(id + nullif((id * -1), 1000L)) AS c2", "CAST(f AS STRING)", "CASE WHEN b THEN -2L WHEN b THEN id WHEN (d = 0.1D) THEN k END AS c4")
OUTPUT_MODE = "append"
