df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE amount IS NOT NULL AND user RLIKE '^[a-d]') SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, b.region, round(stddev_samp(amount), 4) AS sd, count(*) FILTER (WHERE amount > 50) AS nbig, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes', '5 minutes'), b.region")
OUTPUT_MODE = "update"
