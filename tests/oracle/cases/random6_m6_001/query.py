df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT d.tier, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, qty * 2 + 1 AS q2 FROM events) ev WHERE (amount > 10) = true AND user LIKE '%e%') b LEFT JOIN dims d ON b.region = d.region GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "complete"
