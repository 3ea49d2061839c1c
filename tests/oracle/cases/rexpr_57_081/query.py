from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b").agg(F.sum((col("d") + col("id"))).alias("a1"), (F.max((col("i") * lit(10))) - F.min((col("i") * lit(10)))).alias("a2"), expr("round(avg(0.001D), 3) AS a3"), expr("(max(i) - min(i)) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
