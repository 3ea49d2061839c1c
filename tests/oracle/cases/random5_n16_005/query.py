from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, sum(CAST(amount AS DECIMAL(10,2))) AS sd, bit_or(flags) AS bo FROM (SELECT *, geo.lat > 0 AS north, size(map_keys(attrs)) AS nkeys FROM events) e GROUP BY region")
OUTPUT_MODE = "update"
