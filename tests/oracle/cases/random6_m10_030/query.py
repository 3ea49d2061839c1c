df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE channel <> 'store' AND region IN ('eu', 'us')) SELECT window(ts, '10 minutes').start AS wstart, user, count(*) AS cnt, sum(qty & 1) AS odd, array_sort(collect_set(channel)) AS chans FROM base GROUP BY window(ts, '10 minutes'), user")
OUTPUT_MODE = "append"
