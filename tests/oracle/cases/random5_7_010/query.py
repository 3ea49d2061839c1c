from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), first_sku, bit_or(flags) AS bo, count(attrs) AS na FROM (SELECT *, element_at(items, 1).sku AS first_sku, geo.lat > 0 AS north FROM events) e GROUP BY window(ts, '4 minutes'), first_sku")
OUTPUT_MODE = "append"
