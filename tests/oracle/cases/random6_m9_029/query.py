df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') AND (qty | 1) = 3) SELECT d.tier, bool_or(amount > 80) AS anyhuge, max(named_struct('a', amount, 'u', user)).u AS top2, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY d.tier ORDER BY anyhuge DESC NULLS LAST")
OUTPUT_MODE = "complete"
