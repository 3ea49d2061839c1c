from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, k BIGINT, ts TIMESTAMP, d DOUBLE, s STRING, m DECIMAL(38,10), i INT, n DECIMAL(5,3), b BOOLEAN, f FLOAT").load(INPUT)
result = df.selectExpr("id", "((m - m) + (- 0.5)) AS c1", "((b AND CASE WHEN (id < 1000L) THEN b WHEN b THEN b ELSE (d < 100.0D) END) < b) AS c2", "(bround(n, 1) * dayofyear(dt)) AS c3", "ceil(n, 1) AS c4", "(n / 2) AS c5")
OUTPUT_MODE = "append"
