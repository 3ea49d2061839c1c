from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes'), nitems, max(geo.lon) AS lon, count_if(amount > 50) AS big FROM (SELECT *, size(items) AS nitems, geo.lat > 0 AS north FROM events) e GROUP BY window(ts, '10 minutes'), nitems")
OUTPUT_MODE = "update"
