df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr, qty & 3 AS qbits FROM events) ev WHERE amount IS NOT NULL) SELECT channel, round(stddev_samp(amount), 4) AS sd, array_sort(collect_set(channel)) AS chans, count(*) AS cnt FROM base GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "complete"
