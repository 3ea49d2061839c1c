df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, user, count(note) AS nnotes, array_sort(collect_set(channel)) AS chans, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT * FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) ev WHERE NOT (region = 'apac' AND qty > 3)) b JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "append"
