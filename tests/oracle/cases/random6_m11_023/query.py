df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT concat_ws('-', user, channel) AS uc, split_part(concat(region, '.', channel), '.', 2) AS part, qty & 2 AS b2, date_trunc('MINUTE', ts) AS minute FROM (SELECT * FROM events WHERE channel <> 'store' UNION ALL SELECT * FROM events WHERE (qty | 1) = 3) u WHERE user RLIKE '^[a-d]' AND user LIKE '%e%'")
OUTPUT_MODE = "append"
