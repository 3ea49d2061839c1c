df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, hr, count(*) AS cnt, array_sort(collect_set(channel)) AS chans, approx_count_distinct(channel) AS acd FROM (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr, round(amount * 1.2, 2) AS gross FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%') b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), hr HAVING count(*) > 1 ORDER BY cnt DESC NULLS LAST")
OUTPUT_MODE = "complete"
