df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, length(user) % 3 AS ulen FROM events) ev) SELECT window(ts, '10 minutes', '5 minutes') AS w, user, bool_or(amount > 80) AS anyhuge FROM base GROUP BY window(ts, '10 minutes', '5 minutes'), user")
OUTPUT_MODE = "update"
