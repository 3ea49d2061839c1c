df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT b.region, bool_or(amount > 80) AS anyhuge, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, length(user) % 3 AS ulen FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY b.region")
OUTPUT_MODE = "update"
