df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, max(amount) AS maxa FROM events WHERE amount > 5 OR qty IS NULL AND coalesce(note, '') NOT LIKE 'x%' GROUP BY channel")
OUTPUT_MODE = "complete"
