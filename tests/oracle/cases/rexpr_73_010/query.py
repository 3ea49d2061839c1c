from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, i INT, s STRING, ts TIMESTAMP, dt DATE, m DECIMAL(18,6), n DECIMAL(4,1), d DOUBLE").json(INPUT)
result = df.filter((F.octet_length(col("t")).isNotNull() | (col("t") <= lit("Hello")))).select("id", F.isnan(col("d")).alias("c1"), (F.bround(col("n"), 1) + col("n")).alias("c2")).where("((t RLIKE '^[A-Z]') OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
