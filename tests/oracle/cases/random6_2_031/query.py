df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, hot, count_if(note IS NULL) AS nonote, array_sort(collect_set(channel)) AS chans FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev GROUP BY window(ts, '10 minutes', '5 minutes'), hot")
OUTPUT_MODE = "update"
