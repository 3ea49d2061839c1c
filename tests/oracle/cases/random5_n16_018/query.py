from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).groupBy("region").agg(F.bool_or(F.col("qty") > 3).alias("anybig"), F.round(F.var_pop("amount"), 6).alias("vp"), F.max(F.col("geo.lon")).alias("lon"))
OUTPUT_MODE = "update"
