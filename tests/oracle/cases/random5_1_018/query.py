from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).withColumn("nitems", F.size(F.col("items"))).groupBy("nitems").agg(F.round(F.covar_pop("amount", "qty"), 6).alias("cv"), F.round(F.var_pop("amount"), 6).alias("vp"))
OUTPUT_MODE = "complete"
