from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.groupBy("region").agg(F.bit_or("flags").alias("bo"), F.round(F.regr_slope("amount", "qty"), 6).alias("sl"), F.count_distinct("qty").alias("dq"))
OUTPUT_MODE = "complete"
