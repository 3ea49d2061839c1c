from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT nitems, round(skewness(amount), 6) AS sk, max(geo.lon) AS lon FROM (SELECT *, coalesce(attrs['color'], 'none') AS color, size(items) AS nitems FROM events) e GROUP BY nitems")
OUTPUT_MODE = "update"
