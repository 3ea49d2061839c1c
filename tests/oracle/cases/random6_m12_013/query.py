df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE '3' < qty AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT user, bool_or(amount > 80) AS anyhuge, max(qty) - min(qty) AS qrange FROM base GROUP BY user")
OUTPUT_MODE = "complete"
