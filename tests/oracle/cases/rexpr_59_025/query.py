from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "dayofmonth(CASE WHEN ((s <> '日本') OR b) THEN ts WHEN (dt <= DATE'2025-03-01') THEN ts END) AS c1", "trunc(DATE'2024-02-29', 'Q')", "CAST(d AS DECIMAL(6,2)) AS c3").filter("coalesce((TRY_CAST('a' AS BOOLEAN) AND if((id IS NOT NULL), (c1 <> -1), true)), true)")
OUTPUT_MODE = "append"
