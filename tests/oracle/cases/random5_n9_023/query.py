from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), nkeys, avg(qty) AS aq, count(attrs) AS na FROM (SELECT *, size(map_keys(attrs)) AS nkeys, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend FROM events) e GROUP BY window(ts, '4 minutes'), nkeys")
OUTPUT_MODE = "complete"
