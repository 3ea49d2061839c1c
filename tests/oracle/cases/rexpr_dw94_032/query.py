from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), s STRING, dt DATE, n DECIMAL(20,0), i INT, d DOUBLE, t STRING, k BIGINT, b BOOLEAN, ts TIMESTAMP").load(INPUT)
result = df.filter((col("i") > lit(10))).selectExpr("id", "CASE WHEN (i = 5) THEN d WHEN (dt < DATE'2025-03-01') THEN d END AS c1", "make_timestamp(year(dt), month(dt), dayofmonth(dt), 0, 30, 0) AS c2").where("(((99.99 BETWEEN 99.99 AND -3.10) AND (c1 IS NOT NULL)) OR (c2 <= TIMESTAMP'2024-03-01 12:30:00.123456'))")
OUTPUT_MODE = "append"
