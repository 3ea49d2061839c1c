from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(id % nullif(year(TIMESTAMP'2024-03-01 12:30:00.123456'), 0)) AS c1", "CASE WHEN b THEN s WHEN b THEN t ELSE t END AS c2", "replace('Hello', ' ', '') AS c3", "crc32(s) AS c4")
OUTPUT_MODE = "append"
