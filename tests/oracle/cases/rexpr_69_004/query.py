from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.round((col("n") - col("m")))).withColumn("c2", F.unix_timestamp(F.when((col("f") < col("d")), F.nvl2(col("b"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).otherwise(col("ts")))).withColumn("c3", F.when((col("n") > expr("100BD")), col("dt")).when(col("b"), F.to_date(lit("2025-03-01"))).when(col("b"), F.to_date(lit("2023-12-31"))).otherwise(col("dt"))).drop("i", "j", "d", "m", "n", "s", "b").filter("(((s BETWEEN '42' AND '2024-02-29') OR (i != d)) OR (d <> 2.0D))")
OUTPUT_MODE = "append"
