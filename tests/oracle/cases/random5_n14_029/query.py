from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).withColumn("nitems", F.size(F.col("items"))).groupBy("region").agg(F.bit_or("flags").alias("bo"), F.min_by("id", "id").alias("low"), F.round(F.regr_slope("amount", "qty"), 6).alias("sl"))
OUTPUT_MODE = "update"
