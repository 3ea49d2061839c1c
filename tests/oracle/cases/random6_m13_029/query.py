df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT nvl2(note, 'y', 'n') AS hasnote, greatest(qty, 2) AS g, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch FROM (SELECT * FROM events WHERE region IN ('eu', 'us') UNION ALL SELECT * FROM events WHERE amount > 5 OR qty IS NULL) u WHERE user RLIKE '^[a-d]' AND region IN ('eu', 'us')")
OUTPUT_MODE = "append"
