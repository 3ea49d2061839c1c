df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE user RLIKE '^[a-d]' AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')) SELECT window(ts, '10 minutes', '5 minutes') AS w, user, round(avg(amount), 3) AS avga, max_by(user, amount) AS maxu FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "append"
