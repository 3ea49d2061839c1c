from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).groupBy(F.window("ts", "4 minutes"), "region").agg(F.round(F.skewness("amount"), 6).alias("sk"), F.bit_xor("flags").alias("bx"))
OUTPUT_MODE = "append"
