df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, concat_ws('/', min(channel), max(channel)) AS span, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, round(sum(amount), 2) AS suma FROM (SELECT * FROM events WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) b JOIN dims d ON b.region = d.region GROUP BY channel ORDER BY span DESC NULLS LAST")
OUTPUT_MODE = "complete"
