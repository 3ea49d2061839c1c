from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "k", col("ts").eqNullSafe(F.least(F.to_timestamp(lit("2024-02-29 00:00:00")), col("ts"))).alias("c1"), F.regexp_count(F.greatest(col("s"), col("s")), lit("o")).alias("c2"))
OUTPUT_MODE = "append"
