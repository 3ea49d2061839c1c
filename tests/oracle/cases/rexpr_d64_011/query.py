from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(12,4), ts TIMESTAMP, d DOUBLE, i INT, s STRING, t STRING, f FLOAT, dt DATE, b BOOLEAN").load(INPUT)
result = df.select("id", expr("bin(id)"), F.date_trunc("MONTH", F.when(col("b"), col("ts")).when((~F.coalesce(col("b"), lit(False))), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).otherwise(col("ts"))).alias("c2"), F.isnull(F.when((col("s") != lit("42")), col("i")).otherwise(col("i"))).alias("c3"), expr("substring(s, d, 2)").alias("c4"))
OUTPUT_MODE = "append"
