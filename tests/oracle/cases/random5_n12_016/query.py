from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).groupBy("first_sku").agg(F.bit_and("flags").alias("ba"), F.round(F.var_samp("qty"), 6).alias("vs"), F.count_if(F.col("amount") > 50).alias("big"))
OUTPUT_MODE = "update"
