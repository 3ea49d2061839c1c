df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, user, round(stddev_samp(amount), 4) AS sd, round(sum(amount) / count(*), 2) AS per FROM (SELECT * FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30) b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '10 minutes'), user")
OUTPUT_MODE = "update"
