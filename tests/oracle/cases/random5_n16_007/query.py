from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT sku, round(kurtosis(qty), 6) AS ku, max(struct(amount, id)) AS mx FROM (SELECT *, explode(items) AS item, size(filter(items, x -> x.price < 5)) AS cheap FROM events) e GROUP BY sku")
OUTPUT_MODE = "complete"
