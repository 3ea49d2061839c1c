from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy("nkeys").agg(F.bool_or(F.col("qty") > 3).alias("anybig"), F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd"), F.max(F.col("geo.lon")).alias("lon"))
OUTPUT_MODE = "complete"
