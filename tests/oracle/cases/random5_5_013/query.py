from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), region, percentile(qty, 0.5) AS p50, bool_or(qty > 3) AS anybig FROM (SELECT *, explode(items) AS item, size(filter(items, x -> x.price < 5)) AS cheap FROM events) e GROUP BY window(ts, '4 minutes'), region HAVING big > 0")
OUTPUT_MODE = "append"
