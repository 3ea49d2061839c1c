from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, ts TIMESTAMP, j INT, d DOUBLE, b BOOLEAN, n DECIMAL(5,3), m DECIMAL(10,2), dt DATE, i INT").json(INPUT)
result = df.selectExpr("id", "make_date(2023, pmod(i, 12) + 1, least(dayofmonth(dt), 28)) AS c1", "(date_add(trunc(dt, 'mon'), datediff(dt, dt)) <> dt) AS c2").where("(CAST(100 AS BOOLEAN) OR (c1 IS NULL))")
OUTPUT_MODE = "append"
