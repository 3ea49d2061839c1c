df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, user, max_by(user, amount) AS maxu FROM (SELECT * FROM (SELECT *, concat(space(qty % 3), user) AS padded, named_struct('r', region, 'c', channel).c AS ch2 FROM events) ev WHERE region IN ('eu', 'us') AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), user HAVING count(*) > 2")
OUTPUT_MODE = "update"
