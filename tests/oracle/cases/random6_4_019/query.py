df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, concat_ws('/', min(channel), max(channel)) AS span, max(amount) AS maxa, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, round(amount * 1.2, 2) AS gross FROM events) ev WHERE amount IS NOT NULL AND region IN ('eu', 'us')) b LEFT JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "append"
