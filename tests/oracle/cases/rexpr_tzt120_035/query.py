spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "last_day(DATE'2023-12-31') AS c1", "CAST(((ts - INTERVAL 72 HOURS) - CASE true WHEN false THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE TIMESTAMP'1999-12-31 23:59:59.999' END) AS STRING) AS c2", "TRY_CAST('a' AS TIMESTAMP) AS c3", "nullif(i, 0) AS c4", "(CASE WHEN ifnull((i >= id), true) THEN CAST(date_part('hours', (ts - ts)) AS INT) WHEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') THEN i WHEN ((m <=> i) IS NULL) THEN i ELSE i END BETWEEN 3 AND 3) AS c5")
OUTPUT_MODE = "append"
