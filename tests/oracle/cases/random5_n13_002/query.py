from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("north", F.col("geo.lat") > 0).withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).groupBy(F.window("ts", "4 minutes"), "cheap").agg(F.bit_or("flags").alias("bo"), F.round(F.var_pop("amount"), 6).alias("vp"), F.percentile(F.col("qty"), 0.5).alias("p50"))
OUTPUT_MODE = "complete"
