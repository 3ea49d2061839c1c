from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, s STRING, dt DATE, t STRING, ts TIMESTAMP, i INT, d DOUBLE, n DECIMAL(5,3), m DECIMAL(10,2)").json(INPUT)
result = df.where(col("d").isNotNull()).selectExpr("element_at(split(s, ' '), 3) AS c1", "add_months(nvl2(nullif(d, 0.5D), next_day(dt, 'SUN'), DATE'2023-12-31'), i) AS c2", "(m + n) AS c3", "second(nvl2(trunc(dt, 'yy'), TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456')) AS c4")
OUTPUT_MODE = "append"
