df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, d.tier, approx_count_distinct(channel) AS acd, round(avg(amount), 3) AS avga FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), d.tier ORDER BY acd DESC NULLS LAST")
OUTPUT_MODE = "complete"
