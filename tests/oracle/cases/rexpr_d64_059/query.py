from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nvl2(TRY_CAST(d AS INT), TRY_CAST(s AS TIMESTAMP), TIMESTAMP'1999-12-31 23:59:59.999') AS c1", "CASE WHEN (d >= k) THEN date_from_unix_date(i) ELSE DATE'2000-01-01' END", "add_months(dt, i)", "make_date(2023, 12, 28) AS c4", "to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd') AS c5")
OUTPUT_MODE = "append"
