df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE amount > 5 OR qty IS NULL) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, user, sum(qty) FILTER (WHERE channel = 'web') AS webq, count(DISTINCT user) AS du, round(stddev_samp(amount), 4) AS sd FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "complete"
