from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT nkeys, count(attrs) AS na, array_sort(collect_list(qty)) AS qs, round(skewness(amount), 6) AS sk FROM (SELECT *, element_at(items, 1).sku AS first_sku, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY nkeys")
OUTPUT_MODE = "complete"
