from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(col("id").isNotNull()).selectExpr("id", "t", "(d - d) AS c1", "crc32(named_struct('p', s, 'q', s).q)", "nullif(least(ts, ts), TIMESTAMP'2024-02-29 00:00:00')", "(i * 10) AS c4")
OUTPUT_MODE = "append"
