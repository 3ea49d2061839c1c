df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, count_if(note IS NULL) AS nonote, concat_ws('/', min(channel), max(channel)) AS span, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM (SELECT *, length(user) % 3 AS ulen FROM events) ev WHERE channel <> 'store' AND qty BETWEEN 1 AND 4 GROUP BY 1")
OUTPUT_MODE = "update"
