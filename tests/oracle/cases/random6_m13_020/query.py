df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE '3' < qty GROUP BY channel ORDER BY q3 DESC NULLS LAST")
OUTPUT_MODE = "complete"
