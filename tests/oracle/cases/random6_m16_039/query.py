df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT q2, count_if(note IS NULL) AS nonote, count(note) AS nnotes FROM (SELECT *, qty * 2 + 1 AS q2, coalesce(note, 'none') AS note2 FROM events) ev WHERE (amount > 10) = true AND coalesce(note, '') NOT LIKE 'x%' GROUP BY q2")
OUTPUT_MODE = "update"
