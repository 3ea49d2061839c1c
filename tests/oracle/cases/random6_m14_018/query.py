df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, round(stddev_samp(amount), 4) AS sd, round(sum(amount) / count(*), 2) AS per FROM (SELECT * FROM events WHERE user LIKE '%e%') b LEFT JOIN dims d ON b.region = d.region GROUP BY user")
OUTPUT_MODE = "update"
