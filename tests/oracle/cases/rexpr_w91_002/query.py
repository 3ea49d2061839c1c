from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "next_day(dt, 'SUN') AS c1", "(contains(date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSSSSS'), 'o') >= (s < '日本')) AS c2", "timestamp_seconds(((day(dt) - (i % nullif(i, 0))) % nullif(i, 0))) AS c3").filter((col("m") < expr("99.99")))
OUTPUT_MODE = "append"
