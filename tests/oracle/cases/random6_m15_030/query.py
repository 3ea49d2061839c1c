df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, max(amount) AS maxa, count(note) AS nnotes, sum(qty & 1) AS odd FROM (SELECT *, length(user) % 3 AS ulen FROM events) ev WHERE region IN ('eu', 'us') AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') GROUP BY 1 HAVING count(*) > 1")
OUTPUT_MODE = "complete"
