df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count_if(note IS NULL) AS nonote, max(struct(amount, user)).user AS topuser, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' AND '3' < qty) b LEFT JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "update"
