from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, s STRING, m DECIMAL(38,10), d DOUBLE, i INT, k BIGINT, n DECIMAL(20,0), dt DATE, j INT").json(INPUT)
result = df.groupBy("b").agg((F.max(col("i")) - F.min(col("i"))).alias("a1"), F.count_if((col("j") <= F.when(col("b"), col("n")).otherwise(lit(.5).cast("decimal(2,1)")))).alias("a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
