df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT split_part(concat(region, '.', channel), '.', 2) AS part, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, greatest(qty, 2) AS g FROM (SELECT * FROM events WHERE qty BETWEEN 1 AND 4 UNION ALL SELECT * FROM events WHERE (qty | 1) = 3) u WHERE region IN ('eu', 'us')")
OUTPUT_MODE = "append"
