df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, count(note) AS nnotes, min(user) AS minu FROM (SELECT *, qty * 2 + 1 AS q2, length(user) % 3 AS ulen FROM events) ev WHERE qty BETWEEN 1 AND 4 AND coalesce(note, '') NOT LIKE 'x%' GROUP BY region HAVING count(*) > 2")
OUTPUT_MODE = "update"
