df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, date_format(ts, 'HH') AS hr FROM events) ev) SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), channel HAVING count(*) > 2 ORDER BY ones DESC NULLS LAST")
OUTPUT_MODE = "complete"
