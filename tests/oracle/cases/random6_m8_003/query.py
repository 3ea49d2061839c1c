df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, (amount > 50) = true AS big, qty & 3 AS qbits FROM events) ev WHERE user LIKE '%e%' AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT qbits, sum(qty) FILTER (WHERE channel = 'web') AS webq, round(stddev_samp(amount), 4) AS sd FROM base GROUP BY qbits")
OUTPUT_MODE = "update"
