from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "months_between(CASE WHEN (i IS NOT NULL) THEN coalesce(dt, dt, to_date('2025-03-01')) WHEN (d <> 2.0D) THEN dt WHEN (j IS NOT NULL) THEN dt ELSE CASE WHEN (t < 'abc') THEN dt WHEN (s IS NOT NULL) THEN dt ELSE dt END END, ts, false) AS c1", "(n + n) AS c2", "octet_length(CASE elt(1, s, s) WHEN 'Hello' THEN array_join(split(date_format(ts, 'HH:mm:ss'), ' '), '-') END) AS c3", "size(split(s, ' '))", "date_trunc('QUARTER', CASE WHEN (dt > to_date('2023-12-31')) THEN ts WHEN (m <= 99.99) THEN (ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND) ELSE ts END) AS c5")
OUTPUT_MODE = "append"
