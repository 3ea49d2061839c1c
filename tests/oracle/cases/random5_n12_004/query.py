from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT iq, median(amount) AS med, bit_and(flags) AS ba, bit_or(flags) AS bo FROM (SELECT *, explode(items) AS item, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY iq")
OUTPUT_MODE = "update"
