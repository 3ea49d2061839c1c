df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE amount > 5 OR qty IS NULL AND region IN ('eu', 'us')) SELECT d.tier, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, concat_ws('/', min(channel), max(channel)) AS span FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY 1")
OUTPUT_MODE = "update"
