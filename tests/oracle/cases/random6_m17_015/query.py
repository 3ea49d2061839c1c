df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE qty IN (2, 2) AND user RLIKE '^[a-d]') SELECT user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM base b JOIN dims d ON b.region = d.region GROUP BY user")
OUTPUT_MODE = "update"
