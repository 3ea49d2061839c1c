from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(j NOT IN (2, -1)) AS c1", "next_day(date_add(CASE WHEN (t < 'x-y') THEN dt ELSE next_day(dt, 'wednesday') END, CASE WHEN false THEN i WHEN (m IS NOT NULL) THEN i ELSE i END), 'Mon') AS c2", "CASE i WHEN 0 THEN ts WHEN 10 THEN ts END AS c3", "nullif(dt, DATE'2023-12-31') AS c4", "greatest(i, s) AS c5", "greatest(0.001, -3.10) AS c6").filter("((TRY_CAST('42' AS DATE) IS NOT NULL) OR (c6 IS NULL))")
OUTPUT_MODE = "append"
