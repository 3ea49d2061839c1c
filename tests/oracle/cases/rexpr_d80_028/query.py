from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.get(F.split(col("s"), " "), 0).alias("c1"), expr("(m < i)").alias("c2"), (lit(2) + lit(2)).alias("c3"), F.pmod(col("id"), lit(7)).alias("c4"))
OUTPUT_MODE = "append"
