from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy(F.window("ts", "10 minutes"), "cheap").agg(F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd"), F.median("amount").alias("med"), F.round(F.kurtosis("qty"), 6).alias("ku"))
OUTPUT_MODE = "append"
