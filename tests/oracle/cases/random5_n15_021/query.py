from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("nitems", F.size(F.col("items"))).withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).groupBy(F.window("ts", "10 minutes"), "nitems").agg(F.median("amount").alias("med"), F.max(F.struct("amount", "id")).alias("mx"), F.percentile(F.col("qty"), 0.5).alias("p50"))
OUTPUT_MODE = "update"
