from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST(TIMESTAMP'1999-12-31 23:59:59.999' AS DATE)", "nullif(round(d), 100.0D) AS c2", "(d - 100.0D) AS c3", "CASE WHEN (s <= 'é') THEN id ELSE id END AS c4", "CASE b WHEN true THEN nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') WHEN true THEN ts ELSE date_trunc('SECOND', (nvl2(t, ts, TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL -3 DAYS)) END AS c5")
OUTPUT_MODE = "append"
