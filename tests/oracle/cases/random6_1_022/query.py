df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT q2, round(sum(amount) / count(*), 2) AS per, count_if(note IS NULL) AS nonote, max_by(user, amount) AS maxu FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE qty BETWEEN 1 AND 4 AND NOT (region = 'apac' AND qty > 3) GROUP BY q2 HAVING count(*) > 1")
OUTPUT_MODE = "complete"
