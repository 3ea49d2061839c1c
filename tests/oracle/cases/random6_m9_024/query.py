df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, array_sort(collect_set(channel)) AS chans, bool_or(amount > 80) AS anyhuge, max(amount) AS maxa FROM (SELECT *, round(amount * 1.2, 2) AS gross, length(user) % 3 AS ulen FROM events) ev WHERE qty IN (2, 2) GROUP BY ALL ORDER BY chans DESC NULLS LAST")
OUTPUT_MODE = "complete"
