df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ts + INTERVAL 1 HOUR AS later, greatest(qty, 2) AS g, abs(qty - 3) AS dq, round(amount / nullif(qty, 0), 3) AS unit FROM events WHERE coalesce(note, '') NOT LIKE 'x%'")
OUTPUT_MODE = "append"
