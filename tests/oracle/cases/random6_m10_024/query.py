df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) AND channel <> 'store') SELECT channel, round(sum(amount), 2) AS suma, sum(qty & 1) AS odd, approx_count_distinct(channel) AS acd FROM base b JOIN dims d ON b.region = d.region GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
