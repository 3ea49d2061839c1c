from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("(CAST(unix_timestamp(date_trunc('DAY', TIMESTAMP'1999-12-31 23:59:59.999')) AS DOUBLE) IS NULL) AS c1", "(b >= (j IN (2, 10))) AS c2", "TRY_CAST(0.5D AS BIGINT) AS c3", "CASE WHEN (i > id) THEN CASE WHEN b THEN id ELSE id END ELSE id END AS c4", "(s RLIKE '[aeiou]{2}') AS c5")
OUTPUT_MODE = "append"
