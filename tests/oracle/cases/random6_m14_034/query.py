df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT '3' + qty AS q3s, initcap(user) AS iu FROM events WHERE (qty | 1) = 3 AND coalesce(note, '') NOT LIKE 'x%'")
OUTPUT_MODE = "append"
