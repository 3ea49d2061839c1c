from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).groupBy("region").agg(F.percentile(F.col("qty"), 0.5).alias("p50"), F.bool_and(F.col("qty") > 0).alias("allpos"), F.round(F.var_pop("amount"), 6).alias("vp"))
OUTPUT_MODE = "complete"
