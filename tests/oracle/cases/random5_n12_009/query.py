from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes'), region, count_if(amount > 50) AS big, round(skewness(amount), 6) AS sk FROM (SELECT *, coalesce(attrs['color'], 'none') AS color FROM events) e GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "update"
