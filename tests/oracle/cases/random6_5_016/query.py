df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT concat_ws('-', user, channel) AS uc, date_trunc('MINUTE', ts) AS minute, round(amount / nullif(qty, 0), 3) AS unit, greatest(qty, 2) AS g FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' UNION ALL SELECT * FROM events WHERE channel <> 'store') u")
OUTPUT_MODE = "append"
