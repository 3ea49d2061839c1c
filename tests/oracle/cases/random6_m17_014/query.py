df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT * FROM (SELECT *, concat(space(qty % 3), user) AS padded, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE qty BETWEEN 1 AND 4) b JOIN dims d ON b.region = d.region GROUP BY user ORDER BY howmany DESC NULLS LAST")
OUTPUT_MODE = "complete"
