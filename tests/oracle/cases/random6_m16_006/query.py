df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, max(struct(amount, user)).user AS topuser FROM (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, '10' - qty AS qleft FROM events) ev WHERE (qty | 1) = 3) b LEFT JOIN dims d ON b.region = d.region GROUP BY channel ORDER BY howmany DESC NULLS LAST")
OUTPUT_MODE = "complete"
