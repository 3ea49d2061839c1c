from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), region, round(regr_slope(amount, qty), 6) AS sl, round(var_pop(amount), 6) AS vp, max_by(id, amount) AS top FROM (SELECT *, coalesce(attrs['color'], 'none') AS color, geo.lat > 0 AS north FROM events) e GROUP BY window(ts, '4 minutes'), region")
OUTPUT_MODE = "update"
