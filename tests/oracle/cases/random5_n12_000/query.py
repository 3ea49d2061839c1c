from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5))).withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).groupBy(F.window("ts", "4 minutes"), "cheap").agg(F.count_if(F.col("amount") > 50).alias("big"), F.round(F.regr_slope("amount", "qty"), 6).alias("sl"))
OUTPUT_MODE = "update"
