from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00")))).selectExpr("id", "b", "ceil(CASE WHEN abs(round((m + d), 3)) < 1e9D THEN round((m + d), 3) END) AS c1", "(dt + INTERVAL '1-1' YEAR TO MONTH) AS c2")
OUTPUT_MODE = "append"
