df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes').start AS wstart, b.region, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, count(note) AS nnotes, approx_count_distinct(channel) AS acd FROM (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, concat(region, ':', channel) AS rc FROM events) ev WHERE user RLIKE '^[a-d]') b LEFT JOIN dims d ON b.region = d.region GROUP BY window(ts, '4 minutes'), b.region")
OUTPUT_MODE = "append"
