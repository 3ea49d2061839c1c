from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, b BOOLEAN, dt DATE, i INT, m DECIMAL(10,2), s STRING, ts TIMESTAMP, f FLOAT, t STRING").load(INPUT)
result = df.where(col("dt").isNotNull()).groupBy("i").agg(expr("count_if((NOT (f < 100.0D))) AS a1"), expr("max(100BD) AS a2"), F.avg(col("i").cast("bigint")).alias("a3"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a4")).orderBy(col("a1").desc(), col("i").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
