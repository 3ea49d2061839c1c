df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT concat_ws('-', user, channel) AS uc, round(amount / nullif(qty, 0), 3) AS unit, date_trunc('MINUTE', ts) AS minute, greatest(qty, 2) AS g FROM events WHERE coalesce(note, '') NOT LIKE 'x%' AND channel <> 'store'")
OUTPUT_MODE = "append"
