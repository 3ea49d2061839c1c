df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, concat_ws('/', min(channel), max(channel)) AS span, count(note) AS nnotes FROM (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3) AND named_struct('a', amount, 'u', user).a > 30) b LEFT JOIN dims d ON b.region = d.region GROUP BY ALL HAVING count(*) > 2")
OUTPUT_MODE = "update"
