df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev) SELECT note2, max(named_struct('a', amount, 'u', user)).u AS top2, count_if(note IS NULL) AS nonote, count(note) AS nnotes FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY note2 ORDER BY top2 DESC NULLS LAST")
OUTPUT_MODE = "complete"
