df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, channel, max_by(user, amount) AS maxu FROM events WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') GROUP BY window(ts, '10 minutes'), channel")
OUTPUT_MODE = "update"
