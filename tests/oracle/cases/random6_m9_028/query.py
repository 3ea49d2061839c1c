df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, max(amount) AS maxa, approx_count_distinct(channel) AS acd, round(sum(amount) / count(*), 2) AS per FROM events WHERE coalesce(note, '') NOT LIKE 'x%' AND named_struct('a', amount, 'u', user).a > 30 GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "update"
