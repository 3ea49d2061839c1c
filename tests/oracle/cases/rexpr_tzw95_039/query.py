spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(n / 2.5) AS c1", "CASE WHEN b THEN least(f, f, d) WHEN (ts IS NOT NULL) THEN (- d) ELSE 0.5D END AS c2", "CASE WHEN (NOT (id < 1000L)) THEN (n <> 0.5) ELSE CASE WHEN (f >= -1.5D) THEN b WHEN b THEN b WHEN equal_null(i, -1) THEN (dt <= DATE'2024-02-29') ELSE (ts IS NOT NULL) END END AS c3", "CASE WHEN (f IS NOT NULL) THEN nullif(CASE WHEN b THEN ts WHEN (f IS NOT NULL) THEN ts ELSE ts END, TIMESTAMP'1999-12-31 23:59:59.999') WHEN (NOT (dt IS NOT NULL)) THEN CASE WHEN b THEN ts WHEN b THEN (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) WHEN b THEN ts END ELSE ts END AS c4")
OUTPUT_MODE = "append"
