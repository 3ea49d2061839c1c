from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT spend, round(skewness(amount), 6) AS sk, min_by(id, id) AS low, count(attrs) AS na FROM (SELECT *, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend, explode(items) AS item FROM events) e GROUP BY spend")
OUTPUT_MODE = "update"
