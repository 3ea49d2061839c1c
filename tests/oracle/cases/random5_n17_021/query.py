from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
result = df.withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku")).groupBy("first_sku").agg(F.round(F.kurtosis("qty"), 6).alias("ku"), F.max(F.struct("amount", "id")).alias("mx"), F.max_by("id", "amount").alias("top"))
OUTPUT_MODE = "update"
