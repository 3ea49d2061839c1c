df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, band, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM (SELECT * FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band, round(amount * 1.2, 2) AS gross FROM events) ev WHERE (qty | 1) = 3 AND coalesce(note, '') NOT LIKE 'x%') b JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "update"
