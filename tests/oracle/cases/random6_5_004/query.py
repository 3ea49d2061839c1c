df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT rc, count(*) FILTER (WHERE amount > 50) AS nbig, bool_or(amount > 80) AS anyhuge, round(sum(amount), 2) AS suma FROM (SELECT *, date_format(ts, 'HH') AS hr, concat(region, ':', channel) AS rc FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) AND coalesce(note, '') NOT LIKE 'x%' GROUP BY rc")
OUTPUT_MODE = "update"
