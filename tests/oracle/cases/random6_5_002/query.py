df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT b.region, max(struct(amount, user)).user AS topuser FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) b JOIN dims d ON b.region = d.region GROUP BY ALL ORDER BY topuser DESC NULLS LAST")
OUTPUT_MODE = "complete"
