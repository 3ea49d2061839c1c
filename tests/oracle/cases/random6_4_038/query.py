df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, rc, bool_or(amount > 80) AS anyhuge, round(sum(amount), 2) AS suma, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' GROUP BY window(ts, '10 minutes', '5 minutes'), rc")
OUTPUT_MODE = "complete"
