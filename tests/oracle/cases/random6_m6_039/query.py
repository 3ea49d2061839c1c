df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND coalesce(note, '') NOT LIKE 'x%') SELECT user, sum(qty & 1) AS odd, max(named_struct('a', amount, 'u', user)).u AS top2 FROM base GROUP BY user")
OUTPUT_MODE = "update"
