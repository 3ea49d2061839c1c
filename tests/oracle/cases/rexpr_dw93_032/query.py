from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt", F.find_in_set(lit("a"), col("s")).alias("k2")).agg((F.max(F.log10(F.abs((col("n") + col("i"))) + lit(1))) - F.min(F.log10(F.abs((col("n") + col("i"))) + lit(1)))).alias("a1"), F.round(F.avg(col("n")), 2).alias("a2"))
OUTPUT_MODE = "update"
