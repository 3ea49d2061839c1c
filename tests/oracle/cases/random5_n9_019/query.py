from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), first_sku, round(regr_slope(amount, qty), 6) AS sl, avg(qty) AS aq, bool_and(qty > 0) AS allpos FROM (SELECT *, element_at(items, 1).sku AS first_sku, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend FROM events) e GROUP BY window(ts, '4 minutes'), first_sku")
OUTPUT_MODE = "append"
