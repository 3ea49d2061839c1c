from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nvl2(date_trunc('DAY', ts), i, -1) AS c1", "trunc(CASE WHEN b THEN dt WHEN b THEN dt ELSE to_date('2024-02-29') END, 'MM') AS c2", "months_between(DATE'2023-12-31', ts, false) AS c3")
OUTPUT_MODE = "append"
