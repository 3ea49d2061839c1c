df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(note) AS nnotes FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE NOT (region = 'apac' AND qty > 3) GROUP BY channel")
OUTPUT_MODE = "complete"
