df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, user, round(sum(amount), 2) AS suma, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2 FROM events) ev GROUP BY window(ts, '10 minutes', '5 minutes'), user HAVING count(*) > 2")
OUTPUT_MODE = "complete"
