from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).withColumn("nitems", F.size(F.col("items"))).groupBy(F.window("ts", "10 minutes"), "nitems").agg(F.max(F.struct("amount", "id")).alias("mx"), F.round(F.var_samp("qty"), 6).alias("vs"), F.round(F.var_pop("amount"), 6).alias("vp"))
OUTPUT_MODE = "append"
