df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT user, max(amount) AS maxa, count(*) AS cnt, count(note) AS nnotes FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, round(amount * 1.2, 2) AS gross FROM events) ev GROUP BY user HAVING count(*) > 1")
OUTPUT_MODE = "complete"
