df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, d.tier, max_by(user, amount) AS maxu, max(struct(amount, user)).user AS topuser FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' AND channel <> 'store') b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes'), d.tier ORDER BY maxu DESC NULLS LAST")
OUTPUT_MODE = "complete"
