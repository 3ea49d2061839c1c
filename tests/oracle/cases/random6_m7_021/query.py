df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, channel, sum(qty) FILTER (WHERE channel = 'web') AS webq, concat_ws('/', min(channel), max(channel)) AS span, count(*) AS cnt FROM events WHERE channel <> 'store' AND qty IN (2, 2) GROUP BY window(ts, '4 minutes'), channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
