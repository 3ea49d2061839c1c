df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev) SELECT window(ts, '10 minutes').start AS wstart, gross, round(stddev_samp(amount), 4) AS sd FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes'), gross HAVING count(*) > 1")
OUTPUT_MODE = "append"
