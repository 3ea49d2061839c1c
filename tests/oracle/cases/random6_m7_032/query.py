df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT qty & 2 AS b2, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch, date_trunc('MINUTE', ts) AS minute FROM events WHERE (qty | 1) = 3")
OUTPUT_MODE = "append"
