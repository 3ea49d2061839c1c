from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT cheap, round(var_pop(amount), 6) AS vp, max(geo.lon) AS lon FROM (SELECT *, size(filter(items, x -> x.price < 5)) AS cheap FROM events) e GROUP BY cheap")
OUTPUT_MODE = "update"
