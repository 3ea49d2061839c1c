from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("nitems", F.size(F.col("items"))).withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).groupBy("nitems").agg(F.median("amount").alias("med"), F.sum_distinct("qty").alias("sq"), F.bool_and(F.col("qty") > 0).alias("allpos"))
OUTPUT_MODE = "complete"
