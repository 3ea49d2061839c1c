df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT qleft, max(qty) - min(qty) AS qrange FROM (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr, '10' - qty AS qleft FROM events) ev WHERE amount IS NOT NULL AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) b LEFT JOIN dims d ON b.region = d.region GROUP BY qleft")
OUTPUT_MODE = "update"
