df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ts + INTERVAL 1 HOUR AS later, user, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, ulen FROM (SELECT *, length(user) % 3 AS ulen FROM events) e WHERE qty BETWEEN 1 AND 4")
OUTPUT_MODE = "append"
