df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max_by(user, amount) AS maxu, max(qty) - min(qty) AS qrange, count_if(note IS NULL) AS nonote FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE amount IS NOT NULL GROUP BY channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
