df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE qty BETWEEN 1 AND 4 AND user LIKE '%e%') SELECT window(ts, '10 minutes') AS w, gross, concat_ws('/', min(channel), max(channel)) AS span, round(avg(amount), 3) AS avga FROM base b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes'), gross")
OUTPUT_MODE = "update"
