df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT channel, round(sum(amount) / count(*), 2) AS per, round(stddev_samp(amount), 4) AS sd FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY channel")
OUTPUT_MODE = "complete"
