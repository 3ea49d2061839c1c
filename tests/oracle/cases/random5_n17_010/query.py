from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).groupBy("sku").agg(F.max(F.col("geo.lon")).alias("lon"), F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd"), F.max(F.struct("amount", "id")).alias("mx"))
OUTPUT_MODE = "update"
