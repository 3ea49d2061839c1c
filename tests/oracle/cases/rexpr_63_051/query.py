from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, ts TIMESTAMP, n DECIMAL(4,1), dt DATE, b BOOLEAN, s STRING, d DOUBLE, k BIGINT, m DECIMAL(10,2), j INT, t STRING").load(INPUT)
result = df.select("id", expr("(id % nullif((i % nullif(i, 0)), 0)) AS c1"), F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).filter((col("m") > lit(-3.10).cast("decimal(3,2)")))
OUTPUT_MODE = "append"
