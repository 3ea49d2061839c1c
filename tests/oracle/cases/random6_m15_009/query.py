df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT note2, count(*) FILTER (WHERE amount > 50) AS nbig, count(note) AS nnotes, max_by(user, amount) AS maxu FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "complete"
