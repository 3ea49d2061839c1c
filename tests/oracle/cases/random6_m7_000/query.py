df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, space(qty) AS sp, ts + INTERVAL 1 HOUR AS later, (qty > 2) = false AS small FROM (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3) UNION ALL SELECT * FROM events WHERE qty BETWEEN 1 AND 4) u WHERE qty BETWEEN 1 AND 4 AND user RLIKE '^[a-d]'")
OUTPUT_MODE = "append"
