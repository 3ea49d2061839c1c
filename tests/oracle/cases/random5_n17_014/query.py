from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT nkeys, round(regr_slope(amount, qty), 6) AS sl FROM (SELECT *, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY nkeys")
OUTPUT_MODE = "complete"
