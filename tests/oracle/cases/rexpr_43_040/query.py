from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(10,2), s STRING, ts TIMESTAMP, b BOOLEAN, f FLOAT, k BIGINT, i INT, dt DATE, d DOUBLE").json(INPUT)
result = df.groupBy("dt").agg(F.count_if((lit(5) + col("i")).isin(lit(1), lit(1), lit(0))).alias("a1"), expr("(max(((- m) + m)) - min(((- m) + m))) AS a2"), (F.max(col("i")) - F.min(col("i"))).alias("a3"), expr("count_if((id <=> m)) AS a4"))
OUTPUT_MODE = "update"
