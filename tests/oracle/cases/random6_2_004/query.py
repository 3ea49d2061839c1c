df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT d.tier, concat_ws('/', min(channel), max(channel)) AS span, max(qty) - min(qty) AS qrange, round(avg(amount), 3) AS avga FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) b LEFT JOIN dims d ON b.region = d.region GROUP BY d.tier")
OUTPUT_MODE = "update"
