df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, b.region, max_by(user, amount) AS maxu, array_sort(collect_set(channel)) AS chans, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM events b JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), b.region")
OUTPUT_MODE = "append"
