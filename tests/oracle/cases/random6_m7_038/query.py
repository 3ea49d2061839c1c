df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, bool_or(amount > 80) AS anyhuge FROM (SELECT * FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE (qty | 1) = 3 AND amount IS NOT NULL) b JOIN dims d ON b.region = d.region GROUP BY channel")
OUTPUT_MODE = "update"
