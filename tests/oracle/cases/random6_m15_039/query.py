df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty & 3 AS qbits, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE channel <> 'store' AND region IN ('eu', 'us')) SELECT window(ts, '10 minutes') AS w, user, approx_count_distinct(channel) AS acd, max(named_struct('a', amount, 'u', user)).u AS top2 FROM base b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes'), user")
OUTPUT_MODE = "update"
