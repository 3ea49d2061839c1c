df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2, length(user) % 3 AS ulen FROM events) ev WHERE '3' < qty) SELECT channel, sum(qty) FILTER (WHERE channel = 'web') AS webq, round(sum(amount), 2) AS suma FROM base GROUP BY channel")
OUTPUT_MODE = "complete"
