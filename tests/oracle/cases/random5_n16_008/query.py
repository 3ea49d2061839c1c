from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT cheap, round(corr(amount, qty), 6) AS co, max_by(id, amount) AS top, bit_or(flags) AS bo FROM (SELECT *, size(map_keys(attrs)) AS nkeys, size(filter(items, x -> x.price < 5)) AS cheap FROM events) e GROUP BY cheap")
OUTPUT_MODE = "update"
