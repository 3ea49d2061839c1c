df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, (amount > 50) = true AS big, length(user) % 3 AS ulen FROM events) ev) SELECT channel, bool_or(amount > 80) AS anyhuge, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, sum(qty) FILTER (WHERE channel = 'web') AS webq FROM base b JOIN dims d ON b.region = d.region GROUP BY 1")
OUTPUT_MODE = "complete"
