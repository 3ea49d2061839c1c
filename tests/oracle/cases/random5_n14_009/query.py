from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, percentile(qty, 0.5) AS p50, bit_and(flags) AS ba, max_by(id, amount) AS top FROM (SELECT *, aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend FROM events) e GROUP BY region")
OUTPUT_MODE = "update"
