from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT color, round(var_pop(amount), 6) AS vp, bit_xor(flags) AS bx FROM (SELECT *, size(map_keys(attrs)) AS nkeys, coalesce(attrs['color'], 'none') AS color FROM events) e GROUP BY color")
OUTPUT_MODE = "complete"
