from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, count(attrs) AS na, min_by(id, id) AS low, round(var_samp(qty), 6) AS vs FROM (SELECT *, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY region")
OUTPUT_MODE = "complete"
