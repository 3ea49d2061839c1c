from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT iq, bool_and(qty > 0) AS allpos, round(var_pop(amount), 6) AS vp FROM (SELECT *, explode(items) AS item, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY iq")
OUTPUT_MODE = "update"
