df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT date_trunc('MINUTE', ts) AS minute, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, user FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' UNION ALL SELECT * FROM events WHERE (qty | 1) = 3) u WHERE amount > 5 OR qty IS NULL AND named_struct('a', amount, 'u', user).a > 30")
OUTPUT_MODE = "append"
