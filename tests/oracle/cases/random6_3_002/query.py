df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, channel, max_by(user, amount) AS maxu, max(qty) - min(qty) AS qrange, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), channel")
OUTPUT_MODE = "append"
