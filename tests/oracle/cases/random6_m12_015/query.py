df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE (qty | 1) = 3) SELECT d.tier, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, concat_ws('/', min(channel), max(channel)) AS span FROM base b JOIN dims d ON b.region = d.region GROUP BY d.tier")
OUTPUT_MODE = "update"
