df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ulen, min(user) AS minu, array_sort(collect_set(channel)) AS chans, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, length(user) % 3 AS ulen FROM events) b JOIN dims d ON b.region = d.region GROUP BY ulen HAVING count(*) > 1")
OUTPUT_MODE = "update"
