spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "dt", "CASE WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN date_trunc('DAY', TIMESTAMP'2024-02-29 00:00:00') WHEN (ts IS NOT NULL) THEN (ts - INTERVAL 1 DAY) WHEN (id <> d) THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END AS c1", "ceil((0.5 * i)) AS c2", "CASE WHEN b THEN (s IN ('o', 'a', 'x-y')) WHEN ((dt >= DATE'2000-01-01') OR (d IS NOT NULL)) THEN b ELSE (ts <> TIMESTAMP'2024-02-29 00:00:00') END AS c3")
OUTPUT_MODE = "append"
