df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, channel, last(qty) FILTER (WHERE amount > 20) AS lq, round(sum(amount) / count(*), 2) AS per FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') AND coalesce(note, '') NOT LIKE 'x%' GROUP BY window(ts, '10 minutes'), channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
