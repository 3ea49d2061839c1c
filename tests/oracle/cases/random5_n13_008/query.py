from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("nitems", F.size(F.col("items"))).withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy(F.window("ts", "4 minutes"), "color").agg(F.bool_and(F.col("qty") > 0).alias("allpos"), F.round(F.corr("amount", "qty"), 6).alias("co"), F.round(F.var_pop("amount"), 6).alias("vp"))
OUTPUT_MODE = "update"
