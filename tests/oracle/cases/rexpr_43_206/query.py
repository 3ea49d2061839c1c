from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((s <= '日本') OR (dt IS NOT NULL))").selectExpr("locate(' ', repeat(s, 2)) AS c1", "floor(abs(bround(0.5, -1)), 1) AS c2", "bround((CASE WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN d ELSE d END + (nullif(id, 1000L) * 3)), 0) AS c3")
OUTPUT_MODE = "append"
