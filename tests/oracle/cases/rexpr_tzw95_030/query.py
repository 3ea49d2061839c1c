spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(i IN (5, 5))", "(i - id)", "CASE WHEN (s <> '42') THEN CASE WHEN b THEN (ts - INTERVAL '90' MINUTE) ELSE date_trunc('SECOND', ts) END WHEN (s >= ' ') THEN CASE WHEN b THEN ts WHEN b THEN ts ELSE ts END END AS c3", "TRY_CAST(s AS BOOLEAN) AS c4", "size(split(s, '-')) AS c5")
OUTPUT_MODE = "append"
