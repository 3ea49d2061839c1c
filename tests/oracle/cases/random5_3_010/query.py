from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price)).groupBy("first_sku").agg(F.count_distinct("qty").alias("dq"), F.bool_or(F.col("qty") > 3).alias("anybig"))
OUTPUT_MODE = "update"
