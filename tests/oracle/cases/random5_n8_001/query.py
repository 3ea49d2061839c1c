from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).groupBy("sku").agg(F.round(F.regr_slope("amount", "qty"), 6).alias("sl"), F.bit_or("flags").alias("bo"))
OUTPUT_MODE = "complete"
