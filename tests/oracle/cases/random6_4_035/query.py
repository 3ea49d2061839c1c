df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, b.region, max(qty) - min(qty) AS qrange, bool_or(amount > 80) AS anyhuge, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT * FROM events WHERE user RLIKE '^[a-d]' AND amount IS NOT NULL) b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes'), b.region ORDER BY qrange DESC NULLS LAST")
OUTPUT_MODE = "complete"
