df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, user, round(stddev_samp(amount), 4) AS sd, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, min(user) AS minu FROM (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, concat(space(qty % 3), user) AS padded FROM events) ev WHERE user LIKE '%e%' AND qty BETWEEN 1 AND 4) b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), user HAVING count(*) > 1")
OUTPUT_MODE = "append"
