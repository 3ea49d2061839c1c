from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), color, round(kurtosis(qty), 6) AS ku, round(corr(amount, qty), 6) AS co, bool_or(qty > 3) AS anybig FROM (SELECT *, size(items) AS nitems, coalesce(attrs['color'], 'none') AS color FROM events) e GROUP BY window(ts, '4 minutes'), color")
OUTPUT_MODE = "complete"
