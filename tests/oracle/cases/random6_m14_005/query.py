df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max(named_struct('a', amount, 'u', user)).u AS top2, max(amount) AS maxa FROM (SELECT *, '10' - qty AS qleft FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY channel ORDER BY top2 DESC NULLS LAST")
OUTPUT_MODE = "complete"
