from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(round(3.75D, 0) + CASE WHEN false THEN d ELSE d END) AS k1")).agg(F.round(F.avg(col("i")), 2).alias("a1"), expr("sum(CASE WHEN (ts < dt) THEN dayofyear(dt) ELSE 0 END) AS a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
