from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, sum(CAST(amount AS DECIMAL(10,2))) AS sd, round(regr_slope(amount, qty), 6) AS sl, round(kurtosis(qty), 6) AS ku FROM events GROUP BY region")
OUTPUT_MODE = "complete"
