df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, date_format(ts, 'HH') AS hr FROM events) ev WHERE qty BETWEEN 1 AND 4 AND user LIKE '%e%') SELECT window(ts, '4 minutes') AS w, channel, max(amount) AS maxa, round(stddev_samp(amount), 4) AS sd, count_if(note IS NULL) AS nonote FROM base GROUP BY ALL")
OUTPUT_MODE = "append"
