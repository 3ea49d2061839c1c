from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("abs(round(ceil(n, -1))) AS c1", "(id * 2.0D) AS c2", "(CASE WHEN coalesce((i IS NOT NULL), b, false) THEN id WHEN ((ts > TIMESTAMP'2024-02-29 00:00:00') OR b) THEN id WHEN (dt >= DATE'2000-01-01') THEN id ELSE id END / nullif(i, 0)) AS c3", "(((m % 2.5) + CAST((n <= 12.345) AS DECIMAL(10,4))) / nullif(n, 0)) AS c4", "CASE WHEN (i <= 5) THEN dt WHEN (d >= -1.5D) THEN dt WHEN b THEN dt ELSE dt END AS c5").where((F.isnan(col("d")) | (col("n") > expr("100BD"))))
OUTPUT_MODE = "append"
