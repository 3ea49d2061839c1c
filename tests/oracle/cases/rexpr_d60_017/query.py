from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, n DECIMAL(5,3), m DECIMAL(18,6), s STRING, j INT, ts TIMESTAMP, dt DATE, b BOOLEAN, d DOUBLE").json(INPUT)
result = df.selectExpr("id", "(d + i) AS c1", "CASE WHEN b THEN nvl2(CASE b WHEN true THEN id WHEN false THEN id ELSE id END, round((i * 100BD), -1), -3.10) WHEN (s <= '2024-02-29') THEN m END AS c2", "next_day(next_day(date_add(dt, i), 'wednesday'), 'Mon') AS c3").filter(col("c3").isNotNull())
OUTPUT_MODE = "append"
