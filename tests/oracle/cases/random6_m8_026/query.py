df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT b.region, max(named_struct('a', amount, 'u', user)).u AS top2, concat_ws('/', min(channel), max(channel)) AS span, round(sum(amount) / count(*), 2) AS per FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' AND qty IN (2, 2)) b LEFT JOIN dims d ON b.region = d.region GROUP BY b.region")
OUTPUT_MODE = "update"
