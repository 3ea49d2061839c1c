from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).withColumn("nitems", F.size(F.col("items"))).groupBy("sku").agg(F.count_distinct("qty").alias("dq"), F.max(F.struct("amount", "id")).alias("mx"), F.round(F.regr_slope("amount", "qty"), 6).alias("sl"))
OUTPUT_MODE = "complete"
