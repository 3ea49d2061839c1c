df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT user, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, min(user) AS minu FROM base GROUP BY user")
OUTPUT_MODE = "update"
