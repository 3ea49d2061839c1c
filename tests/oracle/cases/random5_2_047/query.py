from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).withColumn("north", F.col("geo.lat") > 0).groupBy(F.window("ts", "10 minutes"), "region").agg(F.bit_xor("flags").alias("bx"), F.count_distinct("qty").alias("dq"))
OUTPUT_MODE = "update"
