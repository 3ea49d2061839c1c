df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT region, count(*) FILTER (WHERE amount > 50) AS nbig, approx_count_distinct(channel) AS acd FROM base GROUP BY 1 HAVING count(*) > 1 ORDER BY nbig DESC NULLS LAST")
OUTPUT_MODE = "complete"
