df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(DISTINCT user) AS du FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE amount IS NOT NULL AND channel <> 'store' GROUP BY user")
OUTPUT_MODE = "update"
