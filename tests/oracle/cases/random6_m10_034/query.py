df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, user IN ('bob', 'bob') AS isbob FROM (SELECT * FROM events WHERE (amount > 10) = true UNION ALL SELECT * FROM events WHERE user LIKE '%e%') u")
OUTPUT_MODE = "append"
