df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, bool_or(amount > 80) AS anyhuge FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%') b JOIN dims d ON b.region = d.region GROUP BY user")
OUTPUT_MODE = "update"
