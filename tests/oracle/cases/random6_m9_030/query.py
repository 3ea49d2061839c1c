df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT padded, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, max(qty) - min(qty) AS qrange FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev WHERE qty IN (2, 2) AND coalesce(note, '') NOT LIKE 'x%' GROUP BY padded")
OUTPUT_MODE = "update"
