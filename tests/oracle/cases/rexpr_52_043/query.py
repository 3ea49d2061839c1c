from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (col("n") - col("n"))).withColumn("c2", expr("(id - CAST(id AS DOUBLE))")).drop("i", "j", "d", "m", "n", "t", "dt")
OUTPUT_MODE = "append"
