from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).groupBy("iq").agg(F.bool_or(F.col("qty") > 3).alias("anybig"), F.max(F.struct("amount", "id")).alias("mx"), F.median("amount").alias("med"))
OUTPUT_MODE = "update"
