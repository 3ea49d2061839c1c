from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy(F.window("ts", "4 minutes"), "color").agg(F.round(F.skewness("amount"), 6).alias("sk"), F.array_sort(F.collect_list("qty")).alias("qs"), F.round(F.var_pop("amount"), 6).alias("vp"))
OUTPUT_MODE = "append"
