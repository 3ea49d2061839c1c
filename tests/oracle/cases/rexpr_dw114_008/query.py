from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("m", "hash(m) AS c1", "string(size(array_distinct(split(nullif(CASE WHEN b THEN s WHEN b THEN '' WHEN b THEN s ELSE '日本' END, 'x-y'), ',')))) AS c2", "(CASE WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN id WHEN b THEN id WHEN b THEN id ELSE id END + id)")
OUTPUT_MODE = "append"
