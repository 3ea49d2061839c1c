df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, b.region, count(*) FILTER (WHERE amount > 50) AS nbig, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, concat(space(qty % 3), user) AS padded, '10' - qty AS qleft FROM events) b JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "append"
