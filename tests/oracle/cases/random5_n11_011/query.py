from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).groupBy("region").agg(F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd"), F.round(F.skewness("amount"), 6).alias("sk"), F.max(F.struct("amount", "id")).alias("mx"))
OUTPUT_MODE = "update"
