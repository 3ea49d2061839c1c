from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").groupBy("region").agg(F.round(F.regr_slope("amount", "qty"), 6).alias("sl"), F.bit_xor("flags").alias("bx"), F.round(F.var_pop("amount"), 6).alias("vp"))
OUTPUT_MODE = "complete"
