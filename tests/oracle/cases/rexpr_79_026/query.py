from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "d", "nullif(date_trunc('MINUTE', TIMESTAMP'1999-12-31 23:59:59.999'), TIMESTAMP'2024-02-29 00:00:00') AS c1", "concat(nullif(t, 'a'), greatest(t, get(split(t, '[aeiou]'), 0), s)) AS c2", "(m % 2.5) AS c3", "substring(concat('abc', s, s), 0, 0) AS c4").filter("(CASE WHEN (c3 < 1.25) THEN false END OR (c4 IS NULL))")
OUTPUT_MODE = "append"
