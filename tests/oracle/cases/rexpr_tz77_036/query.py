spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(coalesce((j <= 10), (d >= 2.0D), false) OR (dt <> to_date('2023-12-31')))").selectExpr("id", "j", "(coalesce(0, 1) % nullif(1, 0)) AS c1", "CASE WHEN (i <=> j) THEN id WHEN (b <> false) THEN CASE WHEN (ts IS NOT NULL) THEN 86400L END WHEN b THEN (3L - i) ELSE CASE WHEN (NOT b) THEN id WHEN (id < 3L) THEN id WHEN (dt <=> to_date('2025-03-01')) THEN nullif(id, 1000L) END END AS c2", "(m * 12.345) AS c3", "(b + 1) AS c4", "CASE WHEN CAST(crc32(s) AS BOOLEAN) THEN m WHEN (i IS NOT NULL) THEN (- (99.99 + m)) WHEN b THEN m ELSE ceil(n) END AS c5")
OUTPUT_MODE = "append"
