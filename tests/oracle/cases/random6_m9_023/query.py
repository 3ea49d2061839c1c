df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, region, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, bool_or(amount > 80) AS anyhuge, array_sort(collect_set(channel)) AS chans FROM events WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') GROUP BY window(ts, '10 minutes', '5 minutes'), region")
OUTPUT_MODE = "complete"
