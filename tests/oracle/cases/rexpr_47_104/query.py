from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(- d) AS k1")).agg(F.max((col("m") * col("m") * col("m") * col("m") * col("m"))).alias("a4"), F.max(F.size(F.split(lit("a"), "[aeiou]"))).alias("a1"), F.avg(((col("i") - col("i")) % F.nullif(col("i"), lit(0)))).alias("a2"), F.round(F.avg(((lit(100).cast("decimal(3,0)") + expr("0.5")) / F.nullif(F.length(lit("日本")), lit(0)))), 2).alias("a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
