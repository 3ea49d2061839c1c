from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, k BIGINT, m DECIMAL(10,2), ts TIMESTAMP, d DOUBLE, i INT, s STRING, b BOOLEAN, n DECIMAL(5,3), dt DATE").load(INPUT)
result = df.where((col("n") < lit(.001).cast("decimal(4,3)"))).select("id", F.to_date(lit("2025-03-01")).cast("string"), ((F.when(col("b"), lit(-1)).when(col("b"), col("i")).when(F.coalesce(col("b"), lit(False)), col("i")).otherwise(col("i")) * col("d")) / F.nullif(col("d"), lit(0))).alias("c2"), F.greatest(F.when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("n")).when((col("dt") == F.to_date(lit("2000-01-01"))), col("m")).when(col("b"), (col("n") / expr("-4.5"))).otherwise(F.nullif(col("m"), lit(.001).cast("decimal(4,3)"))), F.nullif(expr("12.345"), lit(100).cast("decimal(3,0)")), F.round(lit(1.25).cast("decimal(3,2)"), 0)).alias("c3"), (~col("b")).alias("c4"))
OUTPUT_MODE = "append"
