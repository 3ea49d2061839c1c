from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("nitems", F.size(F.col("items"))).withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).groupBy("region").agg(F.max(F.col("geo.lon")).alias("lon"), F.round(F.regr_slope("amount", "qty"), 6).alias("sl"))
OUTPUT_MODE = "update"
