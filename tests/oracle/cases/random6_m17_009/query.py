df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM (SELECT *, concat(region, ':', channel) AS rc, amount > 20 AND qty > 1 AS hot FROM events) ev GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
