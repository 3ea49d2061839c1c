df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT user, count(*) FILTER (WHERE amount > 50) AS nbig, count_if(note IS NULL) AS nonote FROM (SELECT *, (amount > 50) = true AS big FROM events) ev WHERE qty BETWEEN 1 AND 4 GROUP BY user HAVING count(*) > 2 ORDER BY nbig DESC NULLS LAST")
OUTPUT_MODE = "complete"
