from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(regexp_like(s, 'o$') OR (s > ''))").selectExpr("id", "(ts < add_months(nullif(DATE'2000-01-01', to_date('2025-03-01')), i)) AS c1", "CAST(b AS BIGINT) AS c2", "CASE WHEN CASE WHEN (n = 0.001) THEN b WHEN b THEN (n <= 99.99) ELSE b END THEN i ELSE weekofyear(to_date(ts)) END AS c3", "array_contains(split(s, ','), 'o') AS c4", "to_date(date_format(next_day(to_date('2024-02-29'), 'Mon'), 'yyyy-MM-dd'), 'yyyy-MM-dd') AS c5", "CAST(d AS DECIMAL(6,2)) AS c6")
OUTPUT_MODE = "append"
