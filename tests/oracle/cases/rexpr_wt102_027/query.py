from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "weekday(date_add((coalesce(to_date('2000-01-01'), to_date('2025-03-01')) + INTERVAL 2 YEARS), i)) AS c1", "try_divide((-2L / nullif(i, 0)), hash(dt)) AS c2", "nullif(next_day(nullif(add_months(dt, 3), DATE'2025-03-01'), 'Mon'), to_date('2023-12-31')) AS c3")
OUTPUT_MODE = "append"
