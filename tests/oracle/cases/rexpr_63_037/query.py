from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(expr("round(avg((d / nullif(d, 0))), 0) AS a1"), expr("count(sha1('')) AS a2"), F.round(F.avg((col("n") - col("n"))), 2).alias("a3"), (F.max(col("i")) - F.min(col("i"))).alias("a4")).orderBy(col("a1").desc(), col("i").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
