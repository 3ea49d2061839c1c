df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count_if(note IS NULL) AS nonote FROM (SELECT *, coalesce(note, 'none') AS note2, qty * 2 + 1 AS q2 FROM events) ev GROUP BY user HAVING count(*) > 1")
OUTPUT_MODE = "update"
