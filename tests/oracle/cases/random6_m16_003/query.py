df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT big, round(sum(amount), 2) AS suma, count(*) AS cnt, min(user) AS minu FROM (SELECT *, (amount > 50) = true AS big FROM events) b JOIN dims d ON b.region = d.region GROUP BY 1 HAVING count(*) > 1")
OUTPUT_MODE = "complete"
