df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(note) AS nnotes FROM events WHERE amount IS NOT NULL AND coalesce(note, '') NOT LIKE 'x%' GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
