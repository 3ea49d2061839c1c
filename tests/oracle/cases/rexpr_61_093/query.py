from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("CASE WHEN (s RLIKE '^[A-Z]') THEN next_day(date_sub(dt, -1), 'wednesday') ELSE (trunc(date_sub(dt, i), 'mon') - INTERVAL 2 YEARS) END AS c1", "date_sub(next_day(trunc(dt, 'MM'), 'wednesday'), i) AS c2", "date_add(dt, i) AS c3", "coalesce((id <= 0L), true) AS c4")
OUTPUT_MODE = "append"
