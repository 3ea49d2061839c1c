from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, k BIGINT, d DOUBLE, n DECIMAL(5,3), i INT, j INT, t STRING, s STRING, dt DATE, m DECIMAL(10,2), ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("right(t, 4)")).withColumn("c2", lit(12.345).cast("decimal(5,3)")).withColumn("c3", (col("n") + (col("i") + col("n")))).select("id", "c1", "c2", "c3").filter((col("c2").isNotNull() | (col("c2") <= lit(100).cast("decimal(3,0)"))))
OUTPUT_MODE = "append"
