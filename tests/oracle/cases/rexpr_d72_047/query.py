from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("i") - col("i")).alias("c1"), F.bround(F.ceil(col("n"), -1), 3).alias("c2"), expr("datediff(dt, dt)").alias("c3"), expr("(m / 7.5)").alias("c4"))
OUTPUT_MODE = "append"
