from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy(F.window("ts", "10 minutes"), "region").agg(F.min_by("id", "id").alias("low"), F.percentile(F.col("qty"), 0.5).alias("p50"))
OUTPUT_MODE = "append"
