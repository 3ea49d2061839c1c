df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT d.tier, max(amount) AS maxa, bool_or(amount > 80) AS anyhuge, max(struct(amount, user)).user AS topuser FROM (SELECT * FROM events WHERE channel <> 'store') b JOIN dims d ON b.region = d.region GROUP BY d.tier")
OUTPUT_MODE = "update"
