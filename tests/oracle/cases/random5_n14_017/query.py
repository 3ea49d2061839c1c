from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).groupBy(F.window("ts", "4 minutes"), "sku").agg(F.round(F.var_samp("qty"), 6).alias("vs"), F.round(F.covar_pop("amount", "qty"), 6).alias("cv"), F.count_if(F.col("amount") > 50).alias("big"))
OUTPUT_MODE = "update"
