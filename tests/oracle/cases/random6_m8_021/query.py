df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, d.tier, round(sum(amount), 2) AS suma FROM (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2, coalesce(note, 'none') AS note2 FROM events) ev WHERE user RLIKE '^[a-d]' AND named_struct('a', amount, 'u', user).a > 30) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes'), d.tier")
OUTPUT_MODE = "append"
