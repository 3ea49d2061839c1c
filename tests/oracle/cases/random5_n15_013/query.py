from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("nitems", F.size(F.col("items"))).groupBy("region").agg(F.bool_and(F.col("qty") > 0).alias("allpos"), F.bit_and("flags").alias("ba"), F.max(F.struct("amount", "id")).alias("mx"))
OUTPUT_MODE = "update"
