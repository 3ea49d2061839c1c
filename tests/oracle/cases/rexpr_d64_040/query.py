from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, b BOOLEAN, k BIGINT, ts TIMESTAMP, s STRING, dt DATE, n DECIMAL(5,3), d DOUBLE, m DECIMAL(38,10), i INT").load(INPUT)
result = df.selectExpr("id", "coalesce((i - 10), 0) AS c1", "length(concat(s, CAST(dt AS STRING))) AS c2", "atan2(i, i) AS c3", "((1 - i) + (- CASE WHEN (ts = TIMESTAMP'2024-02-29 00:00:00') THEN 1 WHEN (k IS NOT NULL) THEN i WHEN b THEN i ELSE nullif(i, 1) END)) AS c4").where((col("k").cast("boolean") | col("k").isNotNull()))
OUTPUT_MODE = "append"
