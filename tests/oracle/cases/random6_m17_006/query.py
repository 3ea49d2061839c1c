df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot, coalesce(note, 'none') AS note2 FROM events) ev WHERE qty IN (2, 2)) SELECT user, array_sort(collect_set(channel)) AS chans, max_by(user, amount) AS maxu FROM base GROUP BY 1 HAVING count(*) > 2")
OUTPUT_MODE = "complete"
