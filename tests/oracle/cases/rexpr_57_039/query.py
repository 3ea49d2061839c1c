from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(isnan(d) OR (t >= ' '))").select("id", "ts", F.when((col("b") & F.nvl(col("b"), lit(None).cast("boolean"))), col("t")).when((col("m") >= expr("100BD")), (lit(10) * col("i")).cast("string")).otherwise(F.date_format(F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), "dd.MM.yy")).alias("c1"), ((lit(86400).cast("bigint") - (col("id") + col("i"))) + F.when(col("b"), col("i")).otherwise(lit(10))).alias("c2"), F.hash(col("j")))
OUTPUT_MODE = "append"
