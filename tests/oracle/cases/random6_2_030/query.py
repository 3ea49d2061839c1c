df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE amount > 5 OR qty IS NULL) SELECT user, count(DISTINCT user) AS du FROM base GROUP BY user ORDER BY du DESC NULLS LAST")
OUTPUT_MODE = "complete"
