df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%') SELECT ulen, count(*) FILTER (WHERE amount > 50) AS nbig FROM base GROUP BY ulen ORDER BY nbig DESC NULLS LAST")
OUTPUT_MODE = "complete"
