df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE qty BETWEEN 1 AND 4 AND region IN ('eu', 'us')) SELECT d.tier, bool_or(amount > 80) AS anyhuge FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY d.tier")
OUTPUT_MODE = "update"
