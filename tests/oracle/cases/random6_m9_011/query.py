df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], "region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND qty IN (2, 2)) SELECT channel, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM base b JOIN dims d ON b.region = d.region GROUP BY channel")
OUTPUT_MODE = "update"
