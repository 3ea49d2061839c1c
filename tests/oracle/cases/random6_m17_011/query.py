df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE region IN ('eu', 'us')) SELECT b.region, round(avg(amount), 3) AS avga, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY b.region")
OUTPUT_MODE = "complete"
