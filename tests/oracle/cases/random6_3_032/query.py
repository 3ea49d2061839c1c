df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, round(amount * 1.2, 2) AS gross FROM events) ev) SELECT ulen, concat_ws('/', min(channel), max(channel)) AS span FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY ulen HAVING count(*) > 1 ORDER BY span DESC NULLS LAST")
OUTPUT_MODE = "complete"
