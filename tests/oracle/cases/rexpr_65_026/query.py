from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(n IS NOT NULL)").selectExpr("id", "i", "(i + i) AS c1", "((CASE WHEN (d > 100.0D) THEN 0 WHEN (j <> 2) THEN i WHEN b THEN i ELSE 10 END + id) - CASE WHEN b THEN i WHEN b THEN i END) AS c2", "(next_day(to_date(date_format(to_date('2000-01-01'), 'yyyyMMdd'), 'yyyyMMdd'), 'SUN') + INTERVAL 1 DAY) AS c3", "array_join(split(left(nullif(concat(s, s, s), 'a'), 2), '-'), '-') AS c4").filter("(ts >= TIMESTAMP'2024-02-29 00:00:00')")
OUTPUT_MODE = "append"
