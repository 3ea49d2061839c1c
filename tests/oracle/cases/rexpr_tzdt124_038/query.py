spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(((k IS NOT NULL) OR (d < n)) OR (ts < TIMESTAMP'2024-02-29 00:00:00'))").selectExpr("id", "make_date(2024, month(last_day(add_months(dt, i))), 1) AS c1", "TRY_CAST(0.001 AS INT)").filter("coalesce((CAST(date_part('days', (ts - '2024-02-29 23:59:59.5')) AS INT) BETWEEN 2 AND 10), true)")
OUTPUT_MODE = "append"
