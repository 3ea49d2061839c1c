from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, b BOOLEAN, i INT, j INT, m DECIMAL(38,10), k BIGINT, s STRING, dt DATE, d DOUBLE, n DECIMAL(4,1)").load(INPUT)
result = df.selectExpr("id", "regexp_extract(format_number((ceil(n, 1) / 3), 2), '([A-Za-z]+) ([A-Za-z]+)', 2) AS c1", "(try_subtract((i % 2), pmod(i, nullif(i, 0))) - i) AS c2", "CAST(k AS BOOLEAN) AS c3", "TRY_CAST((-3.10 - m) AS BIGINT) AS c4", "CASE WHEN b THEN n WHEN (regexp_replace('Hello', ' +', '_') RLIKE '[0-9]+') THEN 0.001 WHEN b THEN m END AS c5", "(k * 10) AS c6")
OUTPUT_MODE = "append"
