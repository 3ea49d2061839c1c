from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "hash(next_day(to_date('2000-01-01'), 'wednesday'), id) AS c1", "make_date(year(date_add(add_months(dt, i), size(split(s, ',')))), pmod(i, 12) + 1, 28) AS c2", "try_element_at(split(s, '-'), 2) AS c3", "nullif(ts, TIMESTAMP'2024-02-29 00:00:00') AS c4", "add_months(dt, i) AS c5", "(b + 1) AS c6").filter("(c4 IS NOT NULL)")
OUTPUT_MODE = "append"
