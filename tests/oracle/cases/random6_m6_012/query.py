df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, region, min(user) AS minu, max(amount) AS maxa FROM events WHERE (amount > 10) = true AND amount > 5 OR qty IS NULL GROUP BY window(ts, '4 minutes'), region")
OUTPUT_MODE = "complete"
