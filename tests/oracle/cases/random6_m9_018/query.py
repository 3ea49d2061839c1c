df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, round(avg(amount), 3) AS avga, array_sort(collect_set(channel)) AS chans, min(user) AS minu FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) b JOIN dims d ON b.region = d.region GROUP BY channel")
OUTPUT_MODE = "update"
