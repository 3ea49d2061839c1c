from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.nullif(F.when(col("b"), col("n")).when(F.isnull(col("s")), (col("m") - col("i"))).otherwise(F.when((col("m") > lit(1.25).cast("decimal(3,2)")), col("n")).otherwise(col("n"))), expr("100BD")).alias("c1"), expr("((10 * i) <=> n) AS c2"), (col("i") - F.locate("l", F.when(col("b"), lit("x-y")).when(col("b"), lit("abc")).when(col("b"), col("s")), 1)).alias("c3"), F.year(F.add_months(F.when((col("s") != lit("2024-02-29")), col("dt")).otherwise(F.to_date(lit("2024-02-29"))), col("i"))).alias("c4"))
OUTPUT_MODE = "append"
