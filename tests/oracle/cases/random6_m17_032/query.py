df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, d.tier, round(sum(amount) / count(*), 2) AS per, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), d.tier")
OUTPUT_MODE = "update"
