df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(note) AS nnotes, count(*) FILTER (WHERE amount > 50) AS nbig, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, amount > 20 AND qty > 1 AS hot, concat(region, ':', channel) AS rc FROM events) ev GROUP BY 1 ORDER BY nnotes DESC NULLS LAST")
OUTPUT_MODE = "complete"
