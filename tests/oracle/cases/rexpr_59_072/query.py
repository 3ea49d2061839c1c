from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("b").alias("k1")).agg(F.count(col("s")).alias("a1"), F.bool_and(F.when(col("dt").isNotNull(), col("d")).otherwise(col("d")).between(lit(-1.5), lit(0.1))).alias("a2"), F.count(lit(True)).alias("a3"), F.max(col("ts")).alias("a4"))
OUTPUT_MODE = "complete"
