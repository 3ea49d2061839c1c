df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT d.tier, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, nvl(qty, 0) % 2 = 0 AS even FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY d.tier HAVING count(*) > 2 ORDER BY nbig DESC NULLS LAST")
OUTPUT_MODE = "complete"
