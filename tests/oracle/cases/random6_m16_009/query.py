df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, initcap(user) AS iu, date_trunc('MINUTE', ts) AS minute, ts + INTERVAL 1 HOUR AS later, band FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) e WHERE user RLIKE '^[a-d]' AND NOT (region = 'apac' AND qty > 3)")
OUTPUT_MODE = "append"
