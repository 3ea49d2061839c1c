df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, length(user) % 3 AS ulen FROM events) ev WHERE channel <> 'store') SELECT window(ts, '4 minutes').start AS wstart, user, max_by(user, amount) AS maxu, concat_ws('/', min(channel), max(channel)) AS span FROM base b JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "update"
