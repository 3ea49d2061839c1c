from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("north", F.col("geo.lat") > 0).withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy("region").agg(F.round(F.corr("amount", "qty"), 6).alias("co"), F.max(F.col("geo.lon")).alias("lon"))
OUTPUT_MODE = "complete"
