from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, ts TIMESTAMP, f FLOAT, t STRING, i INT, j INT, k BIGINT, dt DATE, b BOOLEAN, m DECIMAL(10,2)").json(INPUT)
result = df.selectExpr("nullif(m, 100BD) AS c1", "add_months(next_day(dt, 'SUN'), i)", "coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c3", "nullif(CASE WHEN ((t LIKE '% %') < b) THEN ts WHEN (dt >= to_date('2023-12-31')) THEN ts WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' END, TIMESTAMP'1999-12-31 23:59:59.999') AS c4", "(abs(m) % nullif((m - m), 0)) AS c5")
OUTPUT_MODE = "append"
