from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("CASE WHEN (n < m) THEN 1.25 ELSE least(n, m) END AS c1", "concat_ws('-', s, CAST(d AS STRING))", "CASE WHEN (i <> 10) THEN date_trunc('SECOND', ts) WHEN (s ILIKE 'H%') THEN ts WHEN (i <> 3) THEN ts ELSE CASE WHEN (d IS NOT NULL) THEN ts WHEN false THEN ts ELSE ts END END", "((make_date(2024, pmod(i, 12) + 1, 28) = TIMESTAMP'2024-03-01 12:30:00.123456') OR (m IS NULL)) AS c4", "(id + id) AS c5").filter("(endswith(lpad('x-y', 0, ' '), 'H') OR (k = 0L))")
OUTPUT_MODE = "append"
