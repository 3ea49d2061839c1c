spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce((i IS NOT NULL), true)").selectExpr("id", "date_format(dt, 'Q') AS c1", "coalesce(TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-02-29 00:00:00') AS c2", "abs(d)", "(NOT CASE WHEN isnull(b) THEN (d <= -1.5D) WHEN b THEN b WHEN (m = 0.001) THEN (ts IS NULL) ELSE (NOT b) END) AS c4")
OUTPUT_MODE = "append"
