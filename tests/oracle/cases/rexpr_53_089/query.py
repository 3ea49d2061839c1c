from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when(col("b"), col("s")).when(col("b"), col("s")).otherwise(col("s")).alias("c1"), expr("locate('o', repeat(concat(s, lower(s)), 3), 5)").alias("c2"), ((col("i") * (lit(100).cast("decimal(3,0)") - col("n"))) / expr("2.5")).alias("c3"))
OUTPUT_MODE = "append"
