from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "ts", "date_trunc('HOUR', try_to_timestamp(s)) AS c1", "coalesce(ts, ts, TIMESTAMP'2024-03-01 12:30:00.123456') AS c2")
OUTPUT_MODE = "append"
