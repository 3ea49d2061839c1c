from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes'), sku, count_if(amount > 50) AS big, round(covar_pop(amount, qty), 6) AS cv FROM (SELECT *, explode(items) AS item, size(items) AS nitems FROM events) e GROUP BY window(ts, '4 minutes'), sku")
OUTPUT_MODE = "update"
