from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, b BOOLEAN, m DECIMAL(38,10), dt DATE, ts TIMESTAMP, d DOUBLE, i INT, f FLOAT").json(INPUT)
result = df.filter("((reverse(repeat(s, -1)) IN ('é')) OR (ts < TIMESTAMP'2024-03-01 12:30:00.123456'))").selectExpr("id", "coalesce(ts, ts, TIMESTAMP'2024-02-29 00:00:00')", "trunc(add_months(nullif(dt, DATE'2024-02-29'), CASE WHEN b THEN i WHEN b THEN -1 WHEN b THEN i ELSE i END), 'YEAR') AS c2", "(left(regexp_extract(s, '([A-Za-z]+) ([A-Za-z]+)', 2), 2) > repeat(CAST(m AS STRING), 1)) AS c3", "least(nullif(CASE WHEN (f > 0.5D) THEN dt ELSE dt END, to_date('2024-02-29')), dt, trunc(dt, 'WEEK')) AS c4", "bround(m, -1)")
OUTPUT_MODE = "append"
