df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT note2, min(user) AS minu FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev WHERE region IN ('eu', 'us') AND user RLIKE '^[a-d]' GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "update"
