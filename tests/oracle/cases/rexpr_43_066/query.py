from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, s STRING, i INT, dt DATE, d DOUBLE, ts TIMESTAMP, m DECIMAL(10,2), j INT").json(INPUT)
result = df.groupBy(F.nullif(col("dt"), F.to_date(lit("2025-03-01"))).alias("k1"), "s").agg(F.round(F.avg((col("m") - col("i"))), 3).alias("a1"), F.round(F.avg(col("d")), 3).alias("a2"))
OUTPUT_MODE = "complete"
