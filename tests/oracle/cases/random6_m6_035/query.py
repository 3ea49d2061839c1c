df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, region, round(sum(amount) / count(*), 2) AS per, array_sort(collect_set(channel)) AS chans FROM (SELECT *, concat(region, ':', channel) AS rc, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND user RLIKE '^[a-d]' GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "update"
