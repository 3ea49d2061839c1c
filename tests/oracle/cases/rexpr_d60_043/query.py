from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(i / nullif(i, 0)) AS c1"), expr("make_date(2024, 12, 1) AS c2"), (((col("id") - col("i")) + lit(86400).cast("bigint")) / F.nullif((col("d") / lit(2)), lit(0))).alias("c3"), F.nullif(F.sin((col("id") + col("d"))), lit(0.1)).alias("c4"))
OUTPUT_MODE = "append"
