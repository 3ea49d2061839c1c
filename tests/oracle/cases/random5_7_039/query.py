from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT spend, bool_and(qty > 0) AS allpos, max(geo.lon) AS lon, round(var_samp(qty), 6) AS vs FROM (SELECT *, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend, explode(items) AS item FROM events) e GROUP BY spend")
OUTPUT_MODE = "update"
