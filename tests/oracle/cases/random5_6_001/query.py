from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), region, bool_and(qty > 0) AS allpos, round(regr_slope(amount, qty), 6) AS sl, median(amount) AS med FROM (SELECT *, size(filter(items, x -> x.price < 5)) AS cheap, size(items) AS nitems FROM events) e GROUP BY window(ts, '4 minutes'), region")
OUTPUT_MODE = "append"
