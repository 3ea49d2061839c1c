from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("b") | (col("m") >= lit(1.25).cast("decimal(3,2)"))).alias("c1"), expr("(i * 100000000) AS c2"), expr("CASE WHEN b THEN s WHEN b THEN s WHEN b THEN s ELSE s END").alias("c3"), expr("CAST(i AS DOUBLE)"), expr("CASE WHEN (d < 0.1D) THEN 1L WHEN b THEN id WHEN b THEN id ELSE id END").alias("c5"))
OUTPUT_MODE = "append"
