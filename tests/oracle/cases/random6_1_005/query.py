df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, channel, count(DISTINCT user) AS du FROM (SELECT *, concat(region, ':', channel) AS rc, date_format(ts, 'HH') AS hr FROM events) ev WHERE user LIKE '%e%' GROUP BY window(ts, '10 minutes'), channel HAVING count(*) > 1 ORDER BY du DESC NULLS LAST")
OUTPUT_MODE = "complete"
