df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, concat_ws('-', user, channel) AS uc, (qty > 2) = false AS small FROM (SELECT * FROM events WHERE amount > 5 OR qty IS NULL UNION ALL SELECT * FROM events WHERE (amount > 10) = true) u WHERE amount > 5 OR qty IS NULL")
OUTPUT_MODE = "append"
