from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none"))).groupBy(F.window("ts", "4 minutes"), "color").agg(F.min_by("id", "id").alias("low"), F.bool_or(F.col("qty") > 3).alias("anybig"))
OUTPUT_MODE = "update"
