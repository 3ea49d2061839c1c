from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("north", F.col("geo.lat") > 0).groupBy(F.window("ts", "4 minutes"), "north").agg(F.count("attrs").alias("na"), F.bool_or(F.col("qty") > 3).alias("anybig"))
OUTPUT_MODE = "update"
