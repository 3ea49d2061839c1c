df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(*) AS cnt FROM (SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30 AND amount > 5 OR qty IS NULL) b LEFT JOIN dims d ON b.region = d.region GROUP BY user")
OUTPUT_MODE = "update"
