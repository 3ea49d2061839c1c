from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("size(split(replace(t, 'o', '0'), ',')) AS k1")).agg(F.round(F.avg(col("d")), 3).alias("a1"), F.round(F.avg(F.round(col("d"), 1)), 3).alias("a2"), F.round(F.avg(col("d")), 3).alias("a3"))
OUTPUT_MODE = "complete"
