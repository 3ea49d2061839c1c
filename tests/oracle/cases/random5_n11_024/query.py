from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT nitems, count(attrs) AS na, round(var_samp(qty), 6) AS vs, bit_xor(flags) AS bx FROM (SELECT *, size(items) AS nitems FROM events) e GROUP BY nitems")
OUTPUT_MODE = "update"
