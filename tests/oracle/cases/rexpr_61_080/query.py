from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("nullif(sqrt(d), 0.5D)").alias("c1"), F.when((~col("b")), F.ltrim(col("s"))).when(col("b"), col("s")).when((col("m") <= expr("0.001")), F.regexp_extract(col("s"), "^(\\S*)", 1)).alias("c2"), F.pow((col("i") + lit(5)), 3.0).alias("c3")).where("(n <> 100BD)")
OUTPUT_MODE = "append"
