from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("nitems", F.size(F.col("items"))).withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy("nitems").agg(F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd"))
OUTPUT_MODE = "update"
