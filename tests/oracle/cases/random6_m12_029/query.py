df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, concat(space(qty % 3), user) AS padded FROM events) ev WHERE region IN ('eu', 'us') AND qty IN (2, 2)) SELECT d.tier, sum(qty) FILTER (WHERE channel = 'web') AS webq, count(*) AS cnt FROM base b JOIN dims d ON b.region = d.region GROUP BY d.tier ORDER BY webq DESC NULLS LAST")
OUTPUT_MODE = "complete"
