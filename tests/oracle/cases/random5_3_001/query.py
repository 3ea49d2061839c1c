from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT nitems, max(struct(amount, id)) AS mx, max_by(id, amount) AS top, count_if(amount > 50) AS big FROM (SELECT *, size(items) AS nitems, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY nitems")
OUTPUT_MODE = "complete"
