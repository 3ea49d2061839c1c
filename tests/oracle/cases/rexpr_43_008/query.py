from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), s STRING, b BOOLEAN, ts TIMESTAMP, i INT, dt DATE, k BIGINT, d DOUBLE").json(INPUT)
result = df.selectExpr("id", "k", "nullif((weekday(try_to_date(s)) - (i - i)), 2) AS c1", "CASE WHEN b THEN k WHEN CAST(i AS BOOLEAN) THEN CASE WHEN b THEN id WHEN (s IS NOT NULL) THEN id WHEN (ts = TIMESTAMP'2024-02-29 00:00:00') THEN k ELSE k END WHEN b THEN CASE WHEN isnan(d) THEN k WHEN b THEN unix_timestamp(dt) WHEN (s IS NOT NULL) THEN k ELSE greatest(0L, k, k) END END AS c2", "(NOT isnull(12)) AS c3", "nullif((id - i), 1000L) AS c4", "coalesce((1L % -4), (2 * id), 1000L) AS c5")
OUTPUT_MODE = "append"
