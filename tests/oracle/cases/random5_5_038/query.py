from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes'), north, round(var_samp(qty), 6) AS vs, median(amount) AS med, avg(qty) AS aq FROM (SELECT *, coalesce(attrs['color'], 'none') AS color, geo.lat > 0 AS north FROM events) e GROUP BY window(ts, '10 minutes'), north")
OUTPUT_MODE = "update"
