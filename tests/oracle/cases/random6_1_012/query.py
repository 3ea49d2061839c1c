df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes').start AS wstart, user, first(user, true) AS fu FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev GROUP BY window(ts, '10 minutes'), user")
OUTPUT_MODE = "complete"
