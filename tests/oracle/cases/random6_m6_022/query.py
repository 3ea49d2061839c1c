df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, max_by(user, amount) AS maxu, round(sum(amount) / count(*), 2) AS per, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev GROUP BY window(ts, '10 minutes', '5 minutes'), channel HAVING count(*) > 1")
OUTPUT_MODE = "complete"
