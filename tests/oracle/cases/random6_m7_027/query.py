df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, channel, count(note) AS nnotes, approx_count_distinct(channel) AS acd FROM events WHERE user LIKE '%e%' AND user RLIKE '^[a-d]' GROUP BY window(ts, '10 minutes', '5 minutes'), channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
