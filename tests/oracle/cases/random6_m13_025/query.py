df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes').start AS wstart, channel, sum(qty & 1) AS odd, count(note) AS nnotes FROM events WHERE qty IN (2, 2) AND (amount > 10) = true GROUP BY window(ts, '10 minutes', '5 minutes'), channel")
OUTPUT_MODE = "update"
