from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, median(amount) AS med, bit_or(flags) AS bo FROM (SELECT *, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY region")
OUTPUT_MODE = "update"
