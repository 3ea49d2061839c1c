df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT channel, first(amount) FILTER (WHERE channel = 'web') AS fweb, min(user) AS minu, bool_or(amount > 80) AS anyhuge FROM base GROUP BY channel")
OUTPUT_MODE = "complete"
