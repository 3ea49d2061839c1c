from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "greatest(months_between(ifnull(ts, TIMESTAMP'1999-12-31 23:59:59.999'), dt, false), d) AS c1", "(- ifnull(nullif(1.25, 0.001), -3.10)) AS c2", "CASE WHEN regexp_like(get(split(sha2('Hello', 0), '[aeiou]'), 0), '[0-9]+') THEN d WHEN b THEN d WHEN (k < -2L) THEN d ELSE d END AS c3").filter((expr("((size(array_distinct(split(s, '-'))) > 7) = false)") | (col("j") < lit(1))))
OUTPUT_MODE = "append"
