from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), s STRING, dt DATE, b BOOLEAN, ts TIMESTAMP, i INT, t STRING, d DOUBLE").load(INPUT)
result = df.filter("b").select("id", "m", lit("a").try_cast("date").alias("c1"), expr("(ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND)").alias("c2")).filter((~col("b")))
OUTPUT_MODE = "append"
