df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, sum(qty) FILTER (WHERE channel = 'web') AS webq, count(DISTINCT user) AS du, approx_count_distinct(channel) AS acd FROM (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE user RLIKE '^[a-d]') b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), channel HAVING count(*) > 2 ORDER BY webq DESC NULLS LAST")
OUTPUT_MODE = "complete"
