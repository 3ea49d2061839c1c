from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("k").isNotNull()).selectExpr("id", "next_day(dt, 'SUN') AS c1", "((m - m) * ((m + -3.10) - CASE WHEN (t LIKE 'H%') THEN 100BD WHEN startswith(s, 'é') THEN nvl(0.001, 100BD) ELSE (i * m) END)) AS c2")
OUTPUT_MODE = "append"
