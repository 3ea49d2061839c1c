df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, initial, max(amount) AS maxa, count(note) AS nnotes, max_by(user, amount) AS maxu FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, (amount > 50) = true AS big FROM events) ev WHERE qty IN (2, 2) AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') GROUP BY window(ts, '4 minutes'), initial")
OUTPUT_MODE = "complete"
