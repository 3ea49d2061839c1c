spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, dt DATE, d DOUBLE, m DECIMAL(7,0), f FLOAT, i INT, ts TIMESTAMP, s STRING, n DECIMAL(9,5), b BOOLEAN").load(INPUT)
result = df.selectExpr("id", "d", "(greatest(i, i, CAST(extract(DAY FROM (dt - TIMESTAMP'2024-03-01 12:30:00.123456')) AS INT)) - i) AS c1", "(n + CASE WHEN b THEN n WHEN (s IS NOT NULL) THEN n ELSE m END) AS c2", "timestamp_seconds(i) AS c3", "dayofweek(CASE WHEN b THEN DATE'2025-03-01' ELSE dt END) AS c4", "(m * i) AS c5").where((col("dt") < F.to_date(lit("2025-03-01"))))
OUTPUT_MODE = "append"
