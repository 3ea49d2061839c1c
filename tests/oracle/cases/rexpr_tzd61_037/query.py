spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST(t AS BOOLEAN) AS c1", "least(ts, ts) AS c2", "make_date(2023, 2, 1) AS c3", "least(dt, to_date('2024-02-29')) AS c4", "nullif(months_between((ts - INTERVAL 36 HOURS), date_trunc('QUARTER', TIMESTAMP'2024-02-29 00:00:00')), -1.5D) AS c5", "CASE WHEN (id IS NULL) THEN id WHEN (dt <= ts) THEN least(CASE WHEN b THEN id ELSE k END, (id - i), k) WHEN b THEN (1 * id) ELSE (id - id) END AS c6").filter("(startswith(conv(s, 36, 10), 'é') OR (t IS NOT NULL))")
OUTPUT_MODE = "append"
