df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT b.region, sum(qty) FILTER (WHERE channel = 'web') AS webq, array_sort(collect_set(channel)) AS chans FROM (SELECT * FROM events WHERE user RLIKE '^[a-d]' AND amount > 5 OR qty IS NULL) b JOIN dims d ON b.region = d.region GROUP BY b.region")
OUTPUT_MODE = "update"
