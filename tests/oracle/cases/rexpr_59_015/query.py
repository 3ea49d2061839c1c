from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (b OR (n >= 100BD)) THEN CAST(i AS TIMESTAMP) WHEN b THEN ts WHEN (NOT b) THEN ts END AS c1", "make_date(2024, i, 1) AS c2", "coalesce((d <= 100.0D), (n <=> 0.001), false) AS c3")
OUTPUT_MODE = "append"
