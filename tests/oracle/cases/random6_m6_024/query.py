df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT user, approx_count_distinct(channel) AS acd, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, round(sum(amount), 2) AS suma FROM base GROUP BY user")
OUTPUT_MODE = "update"
