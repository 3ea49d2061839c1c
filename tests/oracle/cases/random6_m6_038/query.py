df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, max(struct(amount, user)).user AS topuser FROM events b LEFT JOIN dims d ON b.region = d.region GROUP BY user")
OUTPUT_MODE = "update"
