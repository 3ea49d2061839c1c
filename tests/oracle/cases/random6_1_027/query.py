df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, initcap(user) AS iu, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch FROM events WHERE user LIKE '%e%' AND region IN ('eu', 'us')")
OUTPUT_MODE = "append"
