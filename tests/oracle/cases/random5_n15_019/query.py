from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).withColumn("nitems", F.size(F.col("items"))).groupBy(F.window("ts", "10 minutes"), "nitems").agg(F.round(F.regr_slope("amount", "qty"), 6).alias("sl"), F.max_by("id", "amount").alias("top"), F.count_if(F.col("amount") > 50).alias("big"))
OUTPUT_MODE = "append"
