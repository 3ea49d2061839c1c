from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.try_to_date(col("s")).alias("k1")).agg(F.count_if(F.when(col("b").isNotNull(), (col("b") | (col("dt") >= F.to_date(lit("2025-03-01"))))).when((col("m") >= col("j")), F.regexp_extract(col("s"), "([a-z]+)", 1).isNotNull()).otherwise(col("id").cast("boolean"))).alias("a1"), expr("(max(d) - min(d)) AS a2"), expr("max(s) AS a3"))
OUTPUT_MODE = "update"
