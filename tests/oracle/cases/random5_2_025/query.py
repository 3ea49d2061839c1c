from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).groupBy("spend").agg(F.bool_or(F.col("qty") > 3).alias("anybig"), F.round(F.skewness("amount"), 6).alias("sk"), F.bool_and(F.col("qty") > 0).alias("allpos"))
OUTPUT_MODE = "update"
