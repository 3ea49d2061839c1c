df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, b.region, max(qty) - min(qty) AS qrange, approx_count_distinct(channel) AS acd, count(*) AS cnt FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' AND region IN ('eu', 'us')) b LEFT JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "complete"
