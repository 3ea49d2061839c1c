from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(4,1), d DOUBLE, i INT, ts TIMESTAMP, b BOOLEAN, s STRING, m DECIMAL(10,2), dt DATE").load(INPUT)
result = df.groupBy("dt").agg(expr("min(d) AS a1"), (F.max(col("i")) - F.min(col("i"))).alias("a2"), expr("(max(length(right(concat(s, s, s), 1))) - min(length(right(concat(s, s, s), 1)))) AS a3"))
OUTPUT_MODE = "update"
