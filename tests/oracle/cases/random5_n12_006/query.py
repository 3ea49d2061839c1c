from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy("color").agg(F.round(F.var_pop("amount"), 6).alias("vp"), F.bit_or("flags").alias("bo"), F.round(F.covar_pop("amount", "qty"), 6).alias("cv"))
OUTPUT_MODE = "update"
