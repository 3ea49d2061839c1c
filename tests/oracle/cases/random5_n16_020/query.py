from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("north", F.col("geo.lat") > 0).withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).groupBy("region").agg(F.round(F.skewness("amount"), 6).alias("sk"), F.round(F.kurtosis("qty"), 6).alias("ku"), F.bit_and("flags").alias("ba"))
OUTPUT_MODE = "update"
