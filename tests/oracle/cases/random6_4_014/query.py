df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, approx_count_distinct(channel) AS acd, count(*) AS cnt FROM (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, qty * 2 + 1 AS q2 FROM events) ev WHERE region IN ('eu', 'us') AND amount IS NOT NULL) b LEFT JOIN dims d ON b.region = d.region GROUP BY channel")
OUTPUT_MODE = "update"
