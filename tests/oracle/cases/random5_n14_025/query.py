from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes'), region, count(attrs) AS na, round(skewness(amount), 6) AS sk FROM (SELECT *, coalesce(attrs['color'], 'none') AS color, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "update"
