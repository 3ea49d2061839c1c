from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).groupBy("spend").agg(F.avg("qty").alias("aq"), F.array_sort(F.collect_list("qty")).alias("qs"), F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd"))
OUTPUT_MODE = "complete"
