df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT b.region, count(*) AS cnt, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, amount > 20 AND qty > 1 AS hot FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY b.region")
OUTPUT_MODE = "complete"
