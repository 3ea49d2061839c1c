from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, dt DATE, m DECIMAL(18,6), b BOOLEAN, s STRING, t STRING, j INT, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.where("(m > 1.25)").groupBy(expr("i AS k1")).agg((F.max((-col("d"))) - F.min((-col("d")))).alias("a1"), F.count(F.pmod(col("i"), F.nullif(F.length(col("t")), lit(0)))).alias("a2"), F.round(F.avg((col("i") + lit(-1))), 0).alias("a3"))
OUTPUT_MODE = "update"
