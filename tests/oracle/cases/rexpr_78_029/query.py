from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "unix_timestamp(CAST(CASE WHEN (id >= 1L) THEN i ELSE i END AS TIMESTAMP)) AS c1", "(date_trunc('MINUTE', ts) - INTERVAL 1 MONTH) AS c2", "(b <=> true) AS c3", "CASE WHEN (j = 1) THEN ts WHEN (i = 0) THEN ts WHEN b THEN ts ELSE TIMESTAMP'1999-12-31 23:59:59.999' END AS c4")
OUTPUT_MODE = "append"
