df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(note) AS nnotes, count(*) FILTER (WHERE amount > 50) AS nbig, count(*) AS cnt FROM events WHERE user RLIKE '^[a-d]' AND qty BETWEEN 1 AND 4 GROUP BY 1")
OUTPUT_MODE = "complete"
