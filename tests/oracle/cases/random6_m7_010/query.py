df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(note) AS nnotes, round(stddev_samp(amount), 4) AS sd, round(sum(amount), 2) AS suma FROM (SELECT *, length(user) % 3 AS ulen, qty * 2 + 1 AS q2 FROM events) ev GROUP BY 1")
OUTPUT_MODE = "update"
