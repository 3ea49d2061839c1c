from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("north", F.col("geo.lat") > 0).groupBy("north").agg(F.min_by("id", "id").alias("low"), F.round(F.corr("amount", "qty"), 6).alias("co"))
OUTPUT_MODE = "update"
