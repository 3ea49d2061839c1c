from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "sqrt(m) AS c1", "locate('o', date_format(coalesce(ts, ts, TIMESTAMP'2024-02-29 00:00:00'), 'yyyyMMdd'), 1) AS c2", "date_add(DATE'2000-01-01', dayofweek(dt)) AS c3", "date_trunc('MINUTE', date_trunc('WEEK', ts)) AS c4", "last_day(make_date(2024, pmod(i, 12) + 1, least(dayofmonth(dt), 28)))")
OUTPUT_MODE = "append"
