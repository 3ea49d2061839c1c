spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "date_format(CASE WHEN b THEN timestamp_seconds(i) WHEN (i IS NULL) THEN ts ELSE ts END, 'HH:mm:ss') AS c1", "CASE WHEN b THEN CAST(i AS BIGINT) ELSE nullif(k, 1000L) END AS c2", "nullif(DATE'2024-02-29', to_date('2025-03-01')) AS c3").where("coalesce((CASE WHEN b THEN s WHEN (d IS NOT NULL) THEN '日本' ELSE t END LIKE '%o%'), true)")
OUTPUT_MODE = "append"
