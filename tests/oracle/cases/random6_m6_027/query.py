df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, d.tier, approx_count_distinct(channel) AS acd FROM (SELECT * FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE amount > 5 OR qty IS NULL AND named_struct('a', amount, 'u', user).a > 30) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), d.tier")
OUTPUT_MODE = "append"
