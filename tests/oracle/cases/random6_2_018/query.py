df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, sum(qty) FILTER (WHERE channel = 'web') AS webq, count(note) AS nnotes FROM events WHERE NOT (region = 'apac' AND qty > 3) AND channel <> 'store' GROUP BY window(ts, '10 minutes'), channel HAVING count(*) > 2")
OUTPUT_MODE = "append"
