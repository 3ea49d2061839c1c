df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, first(amount) FILTER (WHERE channel = 'web') AS fweb, array_sort(collect_set(channel)) AS chans, max(amount) AS maxa FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE user LIKE '%e%' AND region IN ('eu', 'us') GROUP BY ALL")
OUTPUT_MODE = "append"
