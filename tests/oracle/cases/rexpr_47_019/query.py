from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "datediff(dt, CASE WHEN (s < 'o') THEN dt ELSE dt END) AS c1", "dateadd(add_months((add_months(dt, i) + INTERVAL -10 DAYS), -1), i) AS c2", "CASE WHEN nvl(contains(s, ' '), false) THEN (d / -4) WHEN (coalesce(n, 0.001) BETWEEN 100BD AND 100BD) THEN TRY_CAST(t AS DOUBLE) ELSE 0.5D END AS c3", "nullif(nvl(((ts - INTERVAL '1-2' YEAR TO MONTH) - INTERVAL '90' MINUTE), TIMESTAMP'1999-12-31 23:59:59.999'), TIMESTAMP'1999-12-31 23:59:59.999') AS c4", "coalesce(id, 1000L) AS c5").where("(i <= 3)")
OUTPUT_MODE = "append"
