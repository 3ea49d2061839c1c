from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(var_pop(amount), 6) AS vp, sum(DISTINCT qty) AS sq, round(corr(amount, qty), 6) AS co FROM (SELECT *, geo.lat > 0 AS north, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY region")
OUTPUT_MODE = "update"
