from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).groupBy("first_sku").agg(F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd"), F.count_if(F.col("amount") > 50).alias("big"), F.array_sort(F.collect_list("qty")).alias("qs"))
OUTPUT_MODE = "complete"
