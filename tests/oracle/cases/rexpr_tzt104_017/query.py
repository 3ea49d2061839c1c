spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((ts + INTERVAL 1 MONTH) - INTERVAL 1 DAY) AS c1", "CASE WHEN (dt <> DATE'2023-12-31') THEN dt WHEN b THEN dt WHEN (i = -1) THEN dt ELSE dt END", "(coalesce(id, 1000L, 3L) / 10)", "try_to_timestamp(s) AS c4")
OUTPUT_MODE = "append"
