from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("j").agg((F.max(F.when(col("b"), col("i")).when(((col("s") > lit("42")) & col("b")), lit(0)).when(F.isnull(col("m")), col("i")).otherwise(col("i"))) - F.min(F.when(col("b"), col("i")).when(((col("s") > lit("42")) & col("b")), lit(0)).when(F.isnull(col("m")), col("i")).otherwise(col("i")))).alias("a1"), F.sum(F.when(col("b").isNotNull(), col("i")).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
