from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty")).withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy("iq").agg(F.avg("qty").alias("aq"), F.round(F.corr("amount", "qty"), 6).alias("co"), F.round(F.covar_pop("amount", "qty"), 6).alias("cv"))
OUTPUT_MODE = "update"
