df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3) AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT window(ts, '4 minutes').start AS wstart, d.tier, max(struct(amount, user)).user AS topuser, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, count(*) FILTER (WHERE amount > 50) AS nbig FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), d.tier")
OUTPUT_MODE = "append"
