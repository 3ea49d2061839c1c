df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(struct(amount, user)).user AS topuser, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) b JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "complete"
