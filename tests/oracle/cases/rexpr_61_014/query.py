from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "m", "CAST(CAST(i AS TIMESTAMP) AS BIGINT) AS c1", "greatest('', CASE WHEN b THEN s WHEN b THEN s WHEN (id <= 1L) THEN s END, t)", "((date_add(add_months(dt, i), i) + INTERVAL '1-1' YEAR TO MONTH) IS NOT NULL) AS c3", "CASE WHEN (i IS NOT NULL) THEN '2024-02-29' WHEN b THEN t ELSE s END", "(TRY_CAST((d * abs(i)) AS DECIMAL(5,1)) / 10) AS c5")
OUTPUT_MODE = "append"
