df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, min(user) AS minu FROM (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE user LIKE '%e%' AND amount IS NOT NULL) b JOIN dims d ON b.region = d.region GROUP BY channel")
OUTPUT_MODE = "update"
