from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.isnull(F.when((~col("b")), lit(3).cast("bigint")).when((col("s") > lit("2024-02-29")), F.when(col("b"), col("id")).when((col("d") >= lit(0.001)), col("id")).otherwise(col("id"))).when(F.nvl((col("dt") >= F.to_date(lit("2023-12-31"))), lit(False)), col("id")).otherwise(col("id"))).alias("c1"), col("b").cast("bigint").alias("c2"), expr("to_timestamp(s)").alias("c3"))
OUTPUT_MODE = "append"
