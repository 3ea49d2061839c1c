df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT d.tier, max(struct(amount, user)).user AS topuser, max(qty) - min(qty) AS qrange, max_by(user, amount) AS maxu FROM base b JOIN dims d ON b.region = d.region GROUP BY d.tier")
OUTPUT_MODE = "update"
