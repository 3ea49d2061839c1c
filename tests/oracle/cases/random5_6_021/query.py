from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("north", F.col("geo.lat") > 0).withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).groupBy("north").agg(F.round(F.skewness("amount"), 6).alias("sk"), F.array_sort(F.collect_list("qty")).alias("qs"), F.bit_and("flags").alias("ba"))
OUTPUT_MODE = "complete"
