from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).withColumn("nitems", F.size(F.col("items"))).groupBy("nitems").agg(F.max(F.struct("amount", "id")).alias("mx"), F.round(F.covar_pop("amount", "qty"), 6).alias("cv"), F.max(F.col("geo.lon")).alias("lon"))
OUTPUT_MODE = "complete"
