df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, bool_or(amount > 80) AS anyhuge FROM events WHERE coalesce(note, '') NOT LIKE 'x%' GROUP BY channel")
OUTPUT_MODE = "update"
