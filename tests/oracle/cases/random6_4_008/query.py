df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, max(amount) AS maxa FROM (SELECT *, amount > 20 AND qty > 1 AS hot, qty * 2 + 1 AS q2 FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY user")
OUTPUT_MODE = "update"
