df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, d.tier, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, bool_or(amount > 80) AS anyhuge, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, date_format(ts, 'HH') AS hr FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), d.tier")
OUTPUT_MODE = "update"
