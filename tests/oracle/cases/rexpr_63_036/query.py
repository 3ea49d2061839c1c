from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", ((col("id") + col("id")) / lit(10)).alias("c1"), ((col("n") * col("i")) - col("n")).alias("c2"), F.log1p(F.abs(col("m"))).alias("c3")).where("(i IS NOT NULL)")
OUTPUT_MODE = "append"
