df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT channel, round(sum(amount) / count(*), 2) AS per, approx_count_distinct(channel) AS acd, bool_or(amount > 80) AS anyhuge FROM base GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "complete"
