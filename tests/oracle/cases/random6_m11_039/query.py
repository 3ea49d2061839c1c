df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, qty & 3 AS qbits FROM events) ev WHERE user RLIKE '^[a-d]' AND NOT (region = 'apac' AND qty > 3)) SELECT user, count_if(note IS NULL) AS nonote, approx_count_distinct(channel) AS acd, count(*) FILTER (WHERE amount > 50) AS nbig FROM base GROUP BY user")
OUTPUT_MODE = "complete"
