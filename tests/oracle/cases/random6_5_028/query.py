df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT b.region, bool_or(amount > 80) AS anyhuge, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM events b JOIN dims d ON b.region = d.region GROUP BY b.region")
OUTPUT_MODE = "complete"
