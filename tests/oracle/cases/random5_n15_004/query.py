from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes'), first_sku, round(kurtosis(qty), 6) AS ku, percentile(qty, 0.5) AS p50, round(var_pop(amount), 6) AS vp FROM (SELECT *, element_at(items, 1).sku AS first_sku, size(items) AS nitems FROM events) e GROUP BY window(ts, '10 minutes'), first_sku")
OUTPUT_MODE = "append"
