df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, round(sum(amount) / count(*), 2) AS per FROM (SELECT *, qty & 3 AS qbits, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%' AND '3' < qty GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "update"
