df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, ts + INTERVAL 1 HOUR AS later, initcap(user) AS iu, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, even FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even FROM events) e WHERE NOT (region = 'apac' AND qty > 3)")
OUTPUT_MODE = "append"
