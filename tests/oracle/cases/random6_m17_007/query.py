df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, concat(region, ':', channel) AS rc, date_format(ts, 'HH') AS hr FROM events) ev) SELECT user, max(amount) AS maxa, round(sum(amount) / count(*), 2) AS per FROM base b JOIN dims d ON b.region = d.region GROUP BY 1 ORDER BY maxa DESC NULLS LAST")
OUTPUT_MODE = "complete"
