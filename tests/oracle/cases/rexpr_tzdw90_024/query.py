spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, n DECIMAL(5,3), dt DATE, m DECIMAL(12,4), i INT, k BIGINT, d DOUBLE, ts TIMESTAMP, j INT, t STRING, s STRING").json(INPUT)
result = df.selectExpr("xxhash64(year(dt)) AS c1", "startswith(lpad('日本', 8, 'ab'), 'o') AS c2", "unix_timestamp(date_trunc('DAY', ts))", "next_day(DATE'2024-02-29', 'wednesday') AS c4").filter("(CASE WHEN b THEN b WHEN (dt < to_date('2000-01-01')) THEN b WHEN (dt <> to_date('2024-02-29')) THEN b ELSE b END OR (dt >= DATE'2023-12-31'))")
OUTPUT_MODE = "append"
