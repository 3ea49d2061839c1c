df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(*) AS cnt FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE region IN ('eu', 'us') AND '3' < qty GROUP BY ALL ORDER BY cnt DESC NULLS LAST")
OUTPUT_MODE = "complete"
