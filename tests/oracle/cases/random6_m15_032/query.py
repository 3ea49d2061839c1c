df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE qty BETWEEN 1 AND 4 AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT user, bool_or(amount > 80) AS anyhuge FROM base GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "update"
