df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) AND (amount > 10) = true) SELECT user, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, max(named_struct('a', amount, 'u', user)).u AS top2 FROM base b LEFT JOIN dims d ON b.region = d.region GROUP BY ALL")
OUTPUT_MODE = "update"
