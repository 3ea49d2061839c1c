from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").groupBy(F.window("ts", "4 minutes"), "region").agg(F.min_by("id", "id").alias("low"), F.round(F.covar_pop("amount", "qty"), 6).alias("cv"), F.median("amount").alias("med"))
OUTPUT_MODE = "append"
