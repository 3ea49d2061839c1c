df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT d.tier, round(avg(amount), 3) AS avga, count(*) FILTER (WHERE amount > 50) AS nbig, round(sum(amount), 2) AS suma FROM events b JOIN dims d ON b.region = d.region GROUP BY d.tier HAVING count(*) > 1")
OUTPUT_MODE = "update"
