from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes'), cheap, round(var_pop(amount), 6) AS vp, count(attrs) AS na FROM (SELECT *, size(filter(items, x -> x.price < 5)) AS cheap FROM events) e GROUP BY window(ts, '10 minutes'), cheap")
OUTPUT_MODE = "update"
