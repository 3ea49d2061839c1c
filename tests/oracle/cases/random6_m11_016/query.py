df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, first(amount) FILTER (WHERE channel = 'web') AS fweb, count(note) AS nnotes, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) AND channel <> 'store' GROUP BY 1 ORDER BY fweb DESC NULLS LAST")
OUTPUT_MODE = "complete"
