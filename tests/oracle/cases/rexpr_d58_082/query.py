from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("initcap(CASE WHEN array_contains(split(s, ','), 'a') THEN t WHEN (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') THEN from_unixtime(i) WHEN (id < 1L) THEN string(12) ELSE concat(s, t, t) END) AS c1", "pmod(CASE WHEN (d IS NOT NULL) THEN shiftleft(i, 3) WHEN true THEN i WHEN (i IS NULL) THEN i ELSE i END, 2) AS c2", "(id * 0.1D)")
OUTPUT_MODE = "append"
