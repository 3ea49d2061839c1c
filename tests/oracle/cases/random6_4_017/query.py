df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, region, round(avg(amount), 3) AS avga, count(DISTINCT user) AS du FROM events WHERE channel <> 'store' GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "update"
