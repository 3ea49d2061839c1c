from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT cheap, round(var_pop(amount), 6) AS vp, bit_or(flags) AS bo, array_sort(collect_list(qty)) AS qs FROM (SELECT *, size(filter(items, x -> x.price < 5)) AS cheap, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend FROM events) e GROUP BY cheap")
OUTPUT_MODE = "complete"
