from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT sku, round(var_pop(amount), 6) AS vp, round(var_samp(qty), 6) AS vs, round(regr_slope(amount, qty), 6) AS sl FROM (SELECT *, explode(items) AS item FROM events) e GROUP BY sku")
OUTPUT_MODE = "complete"
