from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).groupBy(F.window("ts", "10 minutes"), "color").agg(F.bit_or("flags").alias("bo"), F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd"), F.percentile(F.col("qty"), 0.5).alias("p50"))
OUTPUT_MODE = "update"
