from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(col("i").isNotNull()).select("id", (F.nullif(col("d"), lit(100.0)) + F.greatest(col("i"), (col("i") + (lit(3) * col("i"))), col("i"))).alias("c1"), (col("ts") + expr("INTERVAL -3 DAYS")))
OUTPUT_MODE = "append"
