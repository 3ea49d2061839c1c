df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE coalesce(note, '') NOT LIKE 'x%' AND '3' < qty) SELECT window(ts, '10 minutes') AS w, user, max_by(user, amount) AS maxu, last(qty) FILTER (WHERE amount > 20) AS lq, min(user) AS minu FROM base GROUP BY window(ts, '10 minutes'), user ORDER BY maxu DESC NULLS LAST")
OUTPUT_MODE = "complete"
