df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT date_trunc('MINUTE', ts) AS minute, greatest(qty, 2) AS g FROM (SELECT * FROM events WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') UNION ALL SELECT * FROM events WHERE '3' < qty) u")
OUTPUT_MODE = "append"
