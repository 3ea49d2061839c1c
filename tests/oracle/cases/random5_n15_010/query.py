from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes'), iq, bit_and(flags) AS ba, count(attrs) AS na, max(struct(amount, id)) AS mx FROM (SELECT *, size(map_keys(attrs)) AS nkeys, explode(items) AS item FROM events) e GROUP BY window(ts, '10 minutes'), iq")
OUTPUT_MODE = "update"
