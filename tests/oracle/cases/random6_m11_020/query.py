df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE amount > 5 OR qty IS NULL AND channel <> 'store') SELECT user, max(named_struct('a', amount, 'u', user)).u AS top2, min(user) AS minu, round(stddev_samp(amount), 4) AS sd FROM base GROUP BY user ORDER BY top2 DESC NULLS LAST")
OUTPUT_MODE = "complete"
