df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, channel, count_if(note IS NULL) AS nonote, last(qty) FILTER (WHERE amount > 20) AS lq, round(sum(amount) / count(*), 2) AS per FROM events WHERE amount > 5 OR qty IS NULL AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') GROUP BY window(ts, '10 minutes'), channel HAVING count(*) > 1")
OUTPUT_MODE = "complete"
