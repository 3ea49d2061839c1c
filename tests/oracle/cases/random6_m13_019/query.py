df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, id FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' UNION ALL SELECT * FROM events WHERE (qty | 1) = 3) u WHERE user LIKE '%e%'")
OUTPUT_MODE = "append"
