df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT initcap(user) AS iu, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, split_part(concat(region, '.', channel), '.', 2) AS part, ulen FROM (SELECT *, length(user) % 3 AS ulen FROM events) e WHERE amount IS NOT NULL AND user LIKE '%e%'")
OUTPUT_MODE = "append"
