from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce(col("i").isNull(), lit(True))).select(expr("(i % 3) AS c1"), expr("unix_timestamp(least(ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS c2"))
OUTPUT_MODE = "append"
