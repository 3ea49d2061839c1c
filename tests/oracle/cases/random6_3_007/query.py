df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, count(*) FILTER (WHERE amount > 50) AS nbig, count(DISTINCT user) AS du, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) AND user LIKE '%e%' GROUP BY window(ts, '10 minutes', '5 minutes'), channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
