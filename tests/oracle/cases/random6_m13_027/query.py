df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, concat_ws('/', min(channel), max(channel)) AS span, bool_or(amount > 80) AS anyhuge, last(qty) FILTER (WHERE amount > 20) AS lq FROM (SELECT *, (amount > 50) = true AS big FROM events) ev WHERE user RLIKE '^[a-d]' GROUP BY window(ts, '10 minutes', '5 minutes'), channel HAVING count(*) > 1 ORDER BY span DESC NULLS LAST")
OUTPUT_MODE = "complete"
