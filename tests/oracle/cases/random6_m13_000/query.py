df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft, qty * 2 + 1 AS q2 FROM events) ev) SELECT window(ts, '4 minutes').start AS wstart, channel, count(*) AS cnt, array_sort(collect_set(channel)) AS chans FROM base b JOIN dims d ON b.region = d.region GROUP BY ALL ORDER BY cnt DESC NULLS LAST")
OUTPUT_MODE = "complete"
