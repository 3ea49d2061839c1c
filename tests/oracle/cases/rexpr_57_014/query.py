from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(coalesce(id, id, 1L) DIV -4) AS c1", "(to_timestamp(date_format((ifnull(ts, CAST(NULL AS TIMESTAMP)) + INTERVAL '1 02:03:04.000005' DAY TO SECOND), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') + INTERVAL '90' MINUTE) AS c2", "CASE WHEN (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') THEN id ELSE 1L END AS c3", "nvl2(s, n, 100BD) AS c4")
OUTPUT_MODE = "append"
