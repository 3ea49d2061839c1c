df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev) SELECT b.region, sum(qty) FILTER (WHERE channel = 'web') AS webq, round(avg(amount), 3) AS avga, min(user) AS minu FROM base b JOIN dims d ON b.region = d.region GROUP BY b.region HAVING count(*) > 1")
OUTPUT_MODE = "update"
