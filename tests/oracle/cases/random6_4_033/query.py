df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, round(amount * 1.2, 2) AS gross, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev) SELECT user, round(sum(amount), 2) AS suma, count(DISTINCT user) AS du, round(avg(amount), 3) AS avga FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY user HAVING count(*) > 1")
OUTPUT_MODE = "update"
