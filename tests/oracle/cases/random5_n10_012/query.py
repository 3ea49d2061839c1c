from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), first_sku, max(struct(amount, id)) AS mx, avg(qty) AS aq, percentile(qty, 0.5) AS p50 FROM (SELECT *, geo.lat > 0 AS north, element_at(items, 1).sku AS first_sku FROM events) e GROUP BY window(ts, '4 minutes'), first_sku")
OUTPUT_MODE = "update"
