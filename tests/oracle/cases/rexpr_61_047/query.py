from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "i", "nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c1", "CASE WHEN (m BETWEEN 99.99 AND 1.25) THEN id ELSE (5 * 1L) END AS c2", "CASE WHEN b THEN DATE'2000-01-01' WHEN isnan(coalesce(d, d, 2.0D)) THEN (greatest(trunc(dt, 'Q'), trunc(to_date('2000-01-01'), 'WEEK')) - INTERVAL 2 YEARS) WHEN (t <= 'a') THEN DATE'2023-12-31' ELSE dt END AS c3", "date_add(dt, CASE WHEN (dt <> to_date('2000-01-01')) THEN i WHEN b THEN i ELSE i END) AS c4")
OUTPUT_MODE = "append"
