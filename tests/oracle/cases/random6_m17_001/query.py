df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, concat(space(qty % 3), user) AS padded FROM events) ev WHERE qty BETWEEN 1 AND 4) SELECT d.tier, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, round(avg(amount), 3) AS avga FROM base b JOIN dims d ON b.region = d.region GROUP BY d.tier")
OUTPUT_MODE = "update"
