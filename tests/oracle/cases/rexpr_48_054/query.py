from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(col("n").isNotNull()).selectExpr("id", "m", "CASE WHEN ((d = 0.5D) OR b) THEN CAST(NULL AS INT) END AS c1", "CASE WHEN (dt != to_date('2023-12-31')) THEN months_between(CASE WHEN (m <= 100BD) THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END, ts, false) ELSE d END AS c2")
OUTPUT_MODE = "append"
