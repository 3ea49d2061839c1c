spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, n DECIMAL(5,3), ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE, s STRING, f FLOAT, dt DATE, t STRING, j INT, b BOOLEAN").json(INPUT)
result = df.filter("(i <> -1)").select("id", expr("(id - CASE WHEN (5 IN (10, -1)) THEN CASE WHEN b THEN CASE WHEN (id <> 86400L) THEN id WHEN (s > 'x-y') THEN id WHEN b THEN id ELSE 86400L END WHEN b THEN id WHEN (m >= 99.99) THEN id ELSE CASE WHEN b THEN id ELSE id END END ELSE id END)").alias("c1"), F.year(F.last_day(F.trunc(col("dt"), "Q"))).alias("c2"), expr("hash(b, coalesce((ts - INTERVAL '25:00' HOUR TO MINUTE), TIMESTAMP'2024-02-29 00:00:00')) AS c3"), expr("date_format(ts, 'MMM d, yyyy')"), (col("id").cast("string").rlike("^[A-Z]") | col("b")).alias("c5")).where("(NOT coalesce(CASE WHEN (m <> 99.99) THEN (d > CAST('NaN' AS DOUBLE)) WHEN b THEN (i >= 3) WHEN (s <> 'a') THEN b ELSE b END, false))")
OUTPUT_MODE = "append"
