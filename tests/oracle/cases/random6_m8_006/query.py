df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT hr, approx_count_distinct(channel) AS acd FROM (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr, round(amount * 1.2, 2) AS gross FROM events) ev WHERE qty BETWEEN 1 AND 4) b LEFT JOIN dims d ON b.region = d.region GROUP BY hr ORDER BY acd DESC NULLS LAST")
OUTPUT_MODE = "complete"
