from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).groupBy("region").agg(F.median("amount").alias("med"), F.count("attrs").alias("na"), F.round(F.corr("amount", "qty"), 6).alias("co"))
OUTPUT_MODE = "update"
