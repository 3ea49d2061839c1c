df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE user RLIKE '^[a-d]' AND amount > 5 OR qty IS NULL) SELECT band, count_if(note IS NULL) AS nonote, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, max(amount) AS maxa FROM base b JOIN dims d ON b.region = d.region GROUP BY 1")
OUTPUT_MODE = "update"
