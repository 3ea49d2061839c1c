from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(9,5), m DECIMAL(38,10), f FLOAT, j INT, k BIGINT, d DOUBLE, b BOOLEAN, i INT, t STRING, s STRING, ts TIMESTAMP, dt DATE").load(INPUT)
result = df.select("id", F.repeat(F.substr(col("s"), lit(0), lit(10)), 3).alias("c1"), F.timestamp_millis((col("i") - F.dayofmonth(col("dt")))).alias("c2"), expr("CAST((NOT b) AS INT)").alias("c3"), F.when(F.exists(F.split(col("t"), " "), lambda x: x == lit("Hello")), F.when(col("b"), col("n")).when((col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00"))), col("m")).when(col("s").isNotNull(), col("n")).otherwise(col("n"))).otherwise(col("n")).alias("c4"))
OUTPUT_MODE = "append"
