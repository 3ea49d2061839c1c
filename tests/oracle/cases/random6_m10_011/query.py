df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(note) AS nnotes FROM (SELECT * FROM (SELECT *, concat(space(qty % 3), user) AS padded, round(amount * 1.2, 2) AS gross FROM events) ev WHERE amount IS NOT NULL AND qty BETWEEN 1 AND 4) b JOIN dims d ON b.region = d.region GROUP BY channel")
OUTPUT_MODE = "update"
