from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes'), nkeys, count_if(amount > 50) AS big, median(amount) AS med, round(corr(amount, qty), 6) AS co FROM (SELECT *, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY window(ts, '10 minutes'), nkeys")
OUTPUT_MODE = "update"
