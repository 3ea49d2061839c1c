from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, dt DATE, t STRING, m DECIMAL(7,0), ts TIMESTAMP, j INT, b BOOLEAN, i INT, n DECIMAL(4,1), d DOUBLE").load(INPUT)
result = df.where((col("d") == lit(-1.5))).withColumn("c1", (F.nvl(col("b"), lit(True)) & (col("t") <= lit(" ")))).withColumn("c2", F.least((F.timestamp_millis(col("i")) + expr("INTERVAL -3 DAYS")), F.when((col("i") > lit(-1)), col("dt").cast("timestamp")).when(F.isnan(col("d")), F.when(col("b"), col("ts")).when(col("b"), col("ts"))).when(col("b"), col("ts")).otherwise(col("ts")))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
