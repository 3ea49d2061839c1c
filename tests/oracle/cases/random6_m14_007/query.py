df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, (amount > 50) = true AS big, coalesce(note, 'none') AS note2 FROM events) ev) SELECT channel, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, sum(qty) FILTER (WHERE channel = 'web') AS webq, min(user) AS minu FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
