from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(((-(col("d") + col("d"))) != col("id")), lit(False)))).withColumn("c1", F.pow(col("i"), 3.0)).withColumn("c2", F.isnan((col("f") - col("i")))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
