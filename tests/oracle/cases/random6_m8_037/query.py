df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT '3' + qty AS q3s, date_trunc('MINUTE', ts) AS minute FROM events WHERE coalesce(note, '') NOT LIKE 'x%'")
OUTPUT_MODE = "append"
