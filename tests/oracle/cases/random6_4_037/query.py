df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev WHERE coalesce(note, '') NOT LIKE 'x%') SELECT region, max_by(user, amount) AS maxu, max(amount) AS maxa, round(sum(amount), 2) AS suma FROM base GROUP BY ALL")
OUTPUT_MODE = "complete"
