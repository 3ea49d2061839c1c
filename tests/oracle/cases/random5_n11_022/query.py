from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).groupBy("region").agg(F.round(F.var_samp("qty"), 6).alias("vs"), F.round(F.skewness("amount"), 6).alias("sk"), F.count("attrs").alias("na"))
OUTPUT_MODE = "update"
