from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("d") <= lit(float("nan")))).select((-col("d")).alias("c1"), expr("string(((b != true) OR b))").alias("c2")).where(F.coalesce((col("c2") != lit("é")), lit(True)))
OUTPUT_MODE = "append"
