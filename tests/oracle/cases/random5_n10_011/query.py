from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT nitems, sum(CAST(amount AS DECIMAL(10,2))) AS sd, array_sort(collect_list(qty)) AS qs, round(regr_slope(amount, qty), 6) AS sl FROM (SELECT *, size(map_keys(attrs)) AS nkeys, size(items) AS nitems FROM events) e GROUP BY nitems")
OUTPUT_MODE = "complete"
