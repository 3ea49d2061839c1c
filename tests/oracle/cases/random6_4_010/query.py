df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE qty BETWEEN 1 AND 4) SELECT window(ts, '10 minutes', '5 minutes') AS w, user, concat_ws('/', min(channel), max(channel)) AS span, sum(qty) FILTER (WHERE channel = 'web') AS webq, array_sort(collect_set(channel)) AS chans FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "update"
