df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, max(amount) AS maxa, round(avg(amount), 3) AS avga FROM events WHERE amount > 5 OR qty IS NULL AND user LIKE '%e%' GROUP BY ALL")
OUTPUT_MODE = "update"
