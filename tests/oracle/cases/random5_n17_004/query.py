from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.groupBy("region").agg(F.count("attrs").alias("na"), F.bool_and(F.col("qty") > 0).alias("allpos"), F.round(F.skewness("amount"), 6).alias("sk"))
OUTPUT_MODE = "complete"
