from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, bit_xor(flags) AS bx, bool_or(qty > 3) AS anybig FROM (SELECT *, geo.lat > 0 AS north, size(items) AS nitems FROM events) e GROUP BY region HAVING big > 0")
OUTPUT_MODE = "complete"
