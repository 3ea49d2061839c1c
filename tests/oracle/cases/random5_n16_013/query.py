from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").groupBy(F.window("ts", "4 minutes"), "region").agg(F.count_if(F.col("amount") > 50).alias("big"), F.bool_and(F.col("qty") > 0).alias("allpos"), F.max(F.col("geo.lon")).alias("lon"))
OUTPUT_MODE = "update"
