from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("n") == lit(-3.10).cast("decimal(3,2)"))).select(expr("CAST(0 AS DOUBLE)").alias("c1"), (F.least(col("i"), col("i"), col("i")) / lit(10.0)).alias("c2"), expr("((id + 0L) + i) AS c3"), expr("(id / nullif(coalesce(least(d, d), d, 100.0D), 0)) AS c4"))
OUTPUT_MODE = "append"
