from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "2 minutes").withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).withColumn("nkeys", F.size(F.map_keys(F.col("attrs")))).groupBy("region").agg(F.count_distinct("qty").alias("dq"), F.max(F.struct("amount", "id")).alias("mx"), F.min_by("id", "id").alias("low"))
OUTPUT_MODE = "update"
