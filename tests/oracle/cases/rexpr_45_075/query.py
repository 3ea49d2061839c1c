from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i", F.nullif(col("d"), lit(3.75)).alias("k2")).agg(F.sum(F.when((col("m") >= expr("1.25")), (F.round(col("m"), 1) / lit(3))).otherwise(lit(0))).alias("a1"), F.count(col("d")).alias("a2"))
OUTPUT_MODE = "update"
