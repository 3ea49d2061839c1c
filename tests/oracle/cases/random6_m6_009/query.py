df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) ev WHERE amount > 5 OR qty IS NULL AND user LIKE '%e%') SELECT region, count(*) AS cnt, count(note) AS nnotes, max(struct(amount, user)).user AS topuser FROM base GROUP BY region ORDER BY cnt DESC NULLS LAST")
OUTPUT_MODE = "complete"
