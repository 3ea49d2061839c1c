from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy((lit(2.0) + col("d")).alias("k1")).agg(F.round(F.avg(col("d")), 2).alias("a1"), F.round(F.avg(F.bround(col("m"), 1)), 0).alias("a2"), F.round(F.avg(col("i")), 2).alias("a3")).filter("a1 IS NOT NULL").orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
