df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, sum(qty) FILTER (WHERE channel = 'web') AS webq, count_if(note IS NULL) AS nonote, count(note) AS nnotes FROM events WHERE NOT (region = 'apac' AND qty > 3) AND user RLIKE '^[a-d]' GROUP BY channel")
OUTPUT_MODE = "complete"
