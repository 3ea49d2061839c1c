from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).withColumn("nitems", F.size(F.col("items"))).groupBy("color").agg(F.bool_and(F.col("qty") > 0).alias("allpos"), F.median("amount").alias("med"), F.array_sort(F.collect_list("qty")).alias("qs"))
OUTPUT_MODE = "update"
