from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).groupBy("first_sku").agg(F.max_by("id", "amount").alias("top"), F.max(F.col("geo.lon")).alias("lon"))
OUTPUT_MODE = "update"
