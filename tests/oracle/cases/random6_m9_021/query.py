df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user IN ('bob', 'bob') AS isbob, '3' + qty AS q3s FROM (SELECT * FROM events WHERE qty BETWEEN 1 AND 4 UNION ALL SELECT * FROM events WHERE channel <> 'store') u WHERE coalesce(note, '') NOT LIKE 'x%'")
OUTPUT_MODE = "append"
