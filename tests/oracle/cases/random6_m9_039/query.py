df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT date_trunc('MINUTE', ts) AS minute, ts + INTERVAL 1 HOUR AS later FROM (SELECT * FROM events WHERE (qty | 1) = 3 UNION ALL SELECT * FROM events WHERE user RLIKE '^[a-d]') u WHERE coalesce(note, '') NOT LIKE 'x%' AND NOT (region = 'apac' AND qty > 3)")
OUTPUT_MODE = "append"
