df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT round(amount / nullif(qty, 0), 3) AS unit, greatest(qty, 2) AS g, date_trunc('MINUTE', ts) AS minute, upper(region) AS r FROM (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' UNION ALL SELECT * FROM events WHERE amount > 5 OR qty IS NULL) u WHERE user LIKE '%e%'")
OUTPUT_MODE = "append"
