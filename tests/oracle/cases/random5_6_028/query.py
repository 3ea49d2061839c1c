from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("nitems", F.size(F.col("items"))).withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).groupBy(F.window("ts", "4 minutes"), "region").agg(F.bit_or("flags").alias("bo"), F.round(F.kurtosis("qty"), 6).alias("ku"), F.sum_distinct("qty").alias("sq"))
OUTPUT_MODE = "complete"
