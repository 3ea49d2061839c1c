df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, round(avg(amount), 3) AS avga, round(sum(amount) / count(*), 2) AS per FROM (SELECT * FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') AND amount > 5 OR qty IS NULL) b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), channel")
OUTPUT_MODE = "append"
