from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).groupBy("spend").agg(F.round(F.kurtosis("qty"), 6).alias("ku"))
OUTPUT_MODE = "update"
