from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, array_sort(collect_list(qty)) AS qs FROM (SELECT *, explode(items) AS item, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend FROM events) e GROUP BY region")
OUTPUT_MODE = "complete"
