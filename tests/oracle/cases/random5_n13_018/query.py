from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).groupBy(F.window("ts", "10 minutes"), "region").agg(F.round(F.covar_pop("amount", "qty"), 6).alias("cv"), F.round(F.corr("amount", "qty"), 6).alias("co"))
OUTPUT_MODE = "complete"
