df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE qty IN (2, 2)) SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM base b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), channel")
OUTPUT_MODE = "update"
