from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "m", "TRY_CAST(bround(m, 0) AS BIGINT) AS c1", "array_join(split(rpad(s, 8, 'ab'), ','), '/') AS c2", "TRY_CAST(CASE WHEN (m >= 12.345) THEN s WHEN nvl((m < 1.25), true) THEN sha2(s, 0) END AS INT) AS c3", "datediff(coalesce(TIMESTAMP'1999-12-31 23:59:59.999', ts, TIMESTAMP'2024-03-01 12:30:00.123456'), trunc(DATE'2025-03-01', 'YEAR')) AS c4", "TRY_CAST(s AS DOUBLE) AS c5")
OUTPUT_MODE = "append"
