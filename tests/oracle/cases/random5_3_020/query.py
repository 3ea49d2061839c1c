from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("nitems", F.size(F.col("items"))).withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).groupBy(F.window("ts", "4 minutes"), "nitems").agg(F.bit_or("flags").alias("bo"), F.bit_and("flags").alias("ba"))
OUTPUT_MODE = "update"
