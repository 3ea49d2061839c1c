df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ulen, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, round(sum(amount) / count(*), 2) AS per, count_if(note IS NULL) AS nonote FROM (SELECT *, concat(space(qty % 3), user) AS padded, length(user) % 3 AS ulen FROM events) ev GROUP BY ALL")
OUTPUT_MODE = "update"
