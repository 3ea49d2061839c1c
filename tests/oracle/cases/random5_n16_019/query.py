from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).groupBy("spend").agg(F.round(F.corr("amount", "qty"), 6).alias("co"), F.avg("qty").alias("aq"), F.max_by("id", "amount").alias("top"))
OUTPUT_MODE = "update"
