spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, s STRING, k BIGINT, ts TIMESTAMP, d DOUBLE, m DECIMAL(10,2), dt DATE, b BOOLEAN").json(INPUT)
result = df.selectExpr("id", "date_add(trunc(add_months(last_day(DATE'2025-03-01'), bit_get(2, 3)), 'yy'), i) AS c1", "CAST(date_add(trunc(add_months(dt, i), 'WEEK'), i) AS TIMESTAMP) AS c2", "(ts - INTERVAL -3 DAYS) AS c3", "array_repeat(i, -1) AS c4", "(date_format(dt, 'EEEE') COLLATE UTF8_BINARY = 'Hello World') AS c5").where(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
