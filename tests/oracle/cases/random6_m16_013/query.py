df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT hr, round(stddev_samp(amount), 4) AS sd, round(sum(amount) / count(*), 2) AS per, bool_or(amount > 80) AS anyhuge FROM (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE (amount > 10) = true AND qty BETWEEN 1 AND 4) b JOIN dims d ON b.region = d.region GROUP BY hr")
OUTPUT_MODE = "update"
