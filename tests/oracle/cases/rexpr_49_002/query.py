from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when((col("d") <= lit(-1.5)), col("i")).when((col("id") <= lit(-2).cast("bigint")), col("i")).when((col("i") >= lit(2)), col("i")).otherwise(col("i"))).withColumn("dt", F.try_to_date(lit("Hello")))
OUTPUT_MODE = "append"
