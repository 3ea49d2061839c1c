df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3) AND (qty | 1) = 3) SELECT user, count(*) FILTER (WHERE qty IN (1, 1)) AS ones, max_by(user, amount) AS maxu FROM base GROUP BY user HAVING count(*) > 1 ORDER BY ones DESC NULLS LAST")
OUTPUT_MODE = "complete"
