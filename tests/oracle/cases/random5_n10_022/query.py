from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT color, round(regr_slope(amount, qty), 6) AS sl, round(covar_pop(amount, qty), 6) AS cv FROM (SELECT *, coalesce(attrs['color'], 'none') AS color FROM events) e GROUP BY color")
OUTPUT_MODE = "complete"
