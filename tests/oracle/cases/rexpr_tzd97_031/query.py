spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN ((3 * i) BETWEEN 3 AND 2) THEN ucase(t) WHEN (m >= n) THEN ' ' WHEN (nullif(j, 3) IN (0, 10)) THEN t END AS c1", "coalesce(t, nullif(s, 'a'), 'o') AS c2", "CASE WHEN array_contains(split(upper(left(s, 4)), ','), 'a') THEN n WHEN (dt <> ts) THEN n WHEN (s IS NOT NULL) THEN m ELSE 0.001 END AS c3", "(ascii(s) IN (10, 5, 3)) AS c4", "(s <> t) AS c5")
OUTPUT_MODE = "append"
