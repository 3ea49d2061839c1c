from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(m IS NULL)").alias("c1"), (col("i") + (col("id") - col("i"))).alias("c2"), F.dayofyear(col("dt")).cast("timestamp").alias("c3"), (col("b") >= lit(False)).alias("c4"))
OUTPUT_MODE = "append"
