df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, round(stddev_samp(amount), 4) AS sd, round(sum(amount) / count(*), 2) AS per, round(avg(amount), 3) AS avga FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
