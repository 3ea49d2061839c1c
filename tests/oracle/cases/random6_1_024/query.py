df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) AND region IN ('eu', 'us')) SELECT initial, concat_ws('/', min(channel), max(channel)) AS span, round(sum(amount) / count(*), 2) AS per FROM base b JOIN dims d ON b.region = d.region GROUP BY initial ORDER BY span DESC NULLS LAST")
OUTPUT_MODE = "complete"
