from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT north, round(corr(amount, qty), 6) AS co, count(attrs) AS na, avg(qty) AS aq FROM (SELECT *, element_at(items, 1).sku AS first_sku, geo.lat > 0 AS north FROM events) e GROUP BY north")
OUTPUT_MODE = "complete"
