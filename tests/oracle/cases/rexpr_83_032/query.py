from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), d DOUBLE, j INT, f FLOAT, t STRING, i INT, b BOOLEAN, dt DATE, ts TIMESTAMP, s STRING").load(INPUT)
result = df.selectExpr("(d / nullif(2.0D, 0)) AS c1", "substring(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyy-MM-dd HH:mm:ss.SSSSSS'), 2, 10) AS c2", "(CASE WHEN (d <= 2.0D) THEN nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') WHEN (d IS NOT NULL) THEN date_trunc('WEEK', ts) ELSE ts END + INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c3", "format_number(CASE WHEN (b OR b) THEN id WHEN (dt <> ts) THEN id WHEN (f < 2.0D) THEN nvl(-2L, 0L) ELSE id END, 2) AS c4").where((col("b") | (col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
