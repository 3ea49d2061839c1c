from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("nitems", F.size(F.col("items"))).withColumn("north", F.col("geo.lat") > 0).groupBy("north").agg(F.count_if(F.col("amount") > 50).alias("big"))
OUTPUT_MODE = "complete"
