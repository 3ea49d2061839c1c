df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT note2, count_if(note IS NULL) AS nonote FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND qty BETWEEN 1 AND 4 GROUP BY note2")
OUTPUT_MODE = "update"
