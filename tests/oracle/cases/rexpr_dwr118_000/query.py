from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", ((lit(5) * col("i")) + col("n"))).withColumn("c2", F.negative((expr("12.345") * (col("m") * col("m")))))
OUTPUT_MODE = "append"
