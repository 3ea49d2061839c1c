df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3) AND qty IN (2, 2)) SELECT window(ts, '4 minutes') AS w, b.region, round(sum(amount), 2) AS suma, max(named_struct('a', amount, 'u', user)).u AS top2 FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), b.region")
OUTPUT_MODE = "update"
