from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, dt DATE, s STRING, j INT, ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE").json(INPUT)
result = df.selectExpr("id", "nullif(date_trunc('MINUTE', (ts - INTERVAL '1-2' YEAR TO MONTH)), TIMESTAMP'2024-03-01 12:30:00.123456') AS c1", "md5(i) AS c2", "round(((0.5D - i) + d), 0) AS c3")
OUTPUT_MODE = "append"
