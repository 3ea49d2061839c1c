from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, s STRING, m DECIMAL(10,2), d DOUBLE, dt DATE, i INT, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(j + 1) AS c1", "CAST(trunc(coalesce(dt, to_date('2025-03-01')), 'YEAR') AS TIMESTAMP) AS c2", "CASE WHEN (m IS NOT NULL) THEN ts WHEN (i IS NOT NULL) THEN ts END AS c3", "((id * -1) - d) AS c4", "CASE WHEN (s IS NULL) THEN dt ELSE dt END AS c5", "dateadd(make_date(year(dt), pmod(i, 12) + 1, 28), i) AS c6").filter("((c4 > 0.1D) OR (c2 < TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
