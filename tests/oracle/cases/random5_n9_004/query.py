from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).withColumn("north", F.col("geo.lat") > 0).groupBy("region").agg(F.max_by("id", "amount").alias("top"), F.bit_xor("flags").alias("bx"), F.round(F.var_samp("qty"), 6).alias("vs"))
OUTPUT_MODE = "complete"
