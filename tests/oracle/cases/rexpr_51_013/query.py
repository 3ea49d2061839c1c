from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when(col("b"), col("s")).otherwise(col("s")).alias("c1"), expr("CASE WHEN b THEN 'o' ELSE s END").alias("c2"), ((col("id") - col("id")) * lit(3)).alias("c3"), expr("(n * f) AS c4"))
OUTPUT_MODE = "append"
