df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, channel, array_sort(collect_set(channel)) AS chans, count(*) FILTER (WHERE amount > 50) AS nbig, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, (amount > 50) = true AS big FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND user RLIKE '^[a-d]' GROUP BY ALL")
OUTPUT_MODE = "append"
