from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(col("d").isNotNull()).groupBy(col("i").alias("k1")).agg(expr("count(ts) AS a1"), F.round(F.avg(col("i")), 2).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
