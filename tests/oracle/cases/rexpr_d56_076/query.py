from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("m") / expr("7.5")).try_cast("bigint").alias("c1"), expr("(i * 0) AS c2"))
OUTPUT_MODE = "append"
