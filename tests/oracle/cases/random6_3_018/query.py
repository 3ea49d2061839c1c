df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen FROM events) ev WHERE amount > 5 OR qty IS NULL AND NOT (region = 'apac' AND qty > 3)) SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, user, count(DISTINCT user) AS du, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, min(user) AS minu FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), user ORDER BY du DESC NULLS LAST")
OUTPUT_MODE = "complete"
