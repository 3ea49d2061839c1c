df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, length(user) % 3 AS ulen FROM events) ev) SELECT channel, array_sort(collect_set(channel)) AS chans FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY channel")
OUTPUT_MODE = "complete"
